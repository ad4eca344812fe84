package dev.extract.text;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The floor any tagger-based pipeline pays: OpenNLP sentence split, tokenise and POS-tag, nothing else,
 * with the same models the tool uses. One instance per thread.
 */
public final class OpenNlpFloor {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public OpenNlpFloor() {
        this(false);
    }

    /**
     * @param toolSearch tag with the tool's beam search (SelectingBeamSearch: the same tags, found with less
     *                   work) instead of OpenNLP's own; the floor with it is what the extractors' rules cost on top
     */
    public OpenNlpFloor(boolean toolSearch) {
        Models m = Models.get();
        sentences = new SentenceDetectorME(m.sentences);
        tokenizer = new TokenizerME(m.tokens);
        tagger = new POSTaggerME(toolSearch ? SelectingBeamSearch.posModel(m.pos) : m.pos, POSTagFormat.UD);
    }

    /** Tags the text; returns the number of tokens. */
    public int tag(String text) {
        int tokens = 0;
        for (Span s : sentences.sentPosDetect(text)) {
            String[] words = tokenizer.tokenize(text.substring(s.getStart(), s.getEnd()));
            tokens += tagger.tag(words).length;
        }
        return tokens;
    }

    /**
     * The start-up floor: a minimal main that loads the three models one after the other and tags one
     * article. bin/bench times it against bin/extract.
     */
    public static void main(String[] args) throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(args[0]));
        ClassLoader cl = OpenNlpFloor.class.getClassLoader();
        var sm = new opennlp.tools.sentdetect.SentenceModel(cl.getResourceAsStream(Models.SENTENCE));
        var tm = new opennlp.tools.tokenize.TokenizerModel(cl.getResourceAsStream(Models.TOKENS));
        var pm = new opennlp.tools.postag.POSModel(cl.getResourceAsStream(Models.POS));
        int n = 0;
        for (Span s : new SentenceDetectorME(sm).sentPosDetect(text)) {
            n += new POSTaggerME(pm, POSTagFormat.UD).tag(new TokenizerME(tm).tokenize(text.substring(s.getStart(), s.getEnd()))).length;
        }
        System.out.println(n);
    }
}
