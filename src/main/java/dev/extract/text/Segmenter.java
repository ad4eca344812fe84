package dev.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Turns text into a {@link Document}: blocks by {@link Layout}, then sentences, tokens and POS tags by
 * OpenNLP inside each block (clitics split off, UD tags), so a headline without a full stop never runs into the next paragraph.
 * Thread-safe: the OpenNLP wrappers are kept one per thread.
 */
public final class Segmenter {

    private static final class Taggers {
        final SentenceDetectorME sentences;
        final TokenizerME tokens;
        final POSTaggerME pos;

        Taggers(Models m) {
            sentences = new SentenceDetectorME(m.sentences);
            tokens = new TokenizerME(m.tokens);
            pos = new POSTaggerME(SelectingBeamSearch.posModel(m.pos), opennlp.tools.postag.POSTagFormat.UD);
        }
    }

    private final ThreadLocal<Taggers> taggers = ThreadLocal.withInitial(() -> new Taggers(Models.get()));

    /** Begins loading the models in the background; optional, to overlap start-up work. */
    public static void preload() {
        Models.preload();
    }

    /** Segments {@code text} with a reference date from the caller, as {@link #segment(String, String, ReferenceDate)}. */
    public Document segment(String id, String input, LocalDate given, ReferenceDateSource givenSource) {
        return segment(id, input, ReferenceDate.of(ReferenceDate.Evidence.reportedAs(givenSource), given));
    }

    /**
     * Segments {@code text}. The reference date is {@code given} unless the text's dateline or publication
     * line ("Published Nov. 18, 2019") is stronger evidence ({@link ReferenceDate.Evidence}).
     */
    public Document segment(String id, String input, ReferenceDate given) {
        String clean = Surrogates.withoutLoneSurrogates(input);
        MatchText match = MatchText.of(clean);
        String text = match.text();
        List<Block> blocks = Layout.blocks(text);
        Taggers t = taggers.get();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Block block : blocks) {
            String blockView = modelView(text.substring(block.from(), block.to()));
            for (Span s : SentenceJoins.join(blockView, t.sentences.sentPosDetect(blockView))) {
                int sFrom = block.from() + s.getStart();
                int sTo = block.from() + s.getEnd();
                String sentText = text.substring(sFrom, sTo);
                String sentView = blockView.substring(s.getStart(), s.getEnd());
                Span[] pos = Clitics.split(sentText, t.tokens.tokenizePos(sentView));
                if (pos.length == 0) {
                    continue;
                }
                String[] words = new String[pos.length];
                for (int i = 0; i < pos.length; i++) {
                    words[i] = sentText.substring(pos[i].getStart(), pos[i].getEnd());
                }
                String[] tags = tag(t.pos, words);
                for (int i = 0; i < words.length; i++) {
                    if (isQuoteMark(words[i])) {
                        tags[i] = PUNCTUATION; // the tagger may call a closing mark an adjective: '," Senate Majority Leader …'
                    }
                }
                int sentenceIndex = sentences.size();
                int first = tokens.size();
                for (int i = 0; i < pos.length; i++) {
                    tokens.add(new Token(tokens.size(), sFrom + pos[i].getStart(), sFrom + pos[i].getEnd(),
                            words[i], tags[i], sentenceIndex));
                }
                sentences.add(new Sentence(sentenceIndex, sFrom, sTo, block.index(), first, tokens.size()));
            }
        }
        ReferenceDate reference = given;
        if (reference.wants(ReferenceDate.Evidence.DATELINE)) {
            reference = reference.offer(ReferenceDate.Evidence.DATELINE, blocks.stream()
                    .filter(b -> b.kind() == Block.Kind.DATELINE)
                    .map(b -> Dateline.date(text.substring(b.from(), b.to())))
                    .flatMap(java.util.Optional::stream).findFirst().orElse(null));
        }
        if (reference.wants(ReferenceDate.Evidence.PUBLISHED_LINE)) {
            reference = reference.offer(ReferenceDate.Evidence.PUBLISHED_LINE, Dateline.published(text).orElse(null));
        }
        return new Document(id, clean, match, blocks, sentences, tokens, reference.date(), reference.source());
    }

    /** The universal tag of punctuation, which every quotation mark gets whatever the model says. */
    private static final String PUNCTUATION = "PUNCT";

    /** A token that is a quotation mark and nothing else: '"', '“', '``', "''". */
    private static boolean isQuoteMark(String w) {
        Quotations.Mark m = w.isEmpty() ? Quotations.Mark.NONE : Quotations.markAt(w, 0, w.length(), Quotations.Rules.NEWS);
        return m != Quotations.Mark.NONE && m.width() == w.length();
    }

    /** Longest run without white space that the sentence detector and tokenizer see whole. */
    private static final int MAX_RUN_CHARS = 100;

    /**
     * The text the OpenNLP models are shown: the block itself, except that a run of over
     * {@value #MAX_RUN_CHARS} characters without white space gets a space every so often. Both models
     * cost the square of such a run (junk: digits, dashes, base64); real words are never that long.
     * The copy has the same length, so offsets carry over, and token texts are read from the original.
     */
    static String modelView(String block) {
        char[] view = null;
        int run = 0;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (Character.isWhitespace(c)) {
                run = 0;
            } else if (++run > MAX_RUN_CHARS && !Character.isSurrogate(c)) {
                if (view == null) {
                    view = block.toCharArray();
                }
                view[i] = ' ';
                run = 0;
            }
        }
        return view == null ? block : new String(view);
    }

    /** Longest token run tagged at once: the tagger's cost grows with the square of a sentence's length. */
    private static final int MAX_TAGGED_RUN = 120;

    // A "sentence" of thousands of tokens (a table, a list without full stops, junk) is tagged in
    // windows; real sentences are far shorter than one window, so their tags are unchanged.
    private static String[] tag(POSTaggerME pos, String[] words) {
        if (words.length <= MAX_TAGGED_RUN) {
            return pos.tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED_RUN) {
            int to = Math.min(words.length, from + MAX_TAGGED_RUN);
            String[] part = pos.tag(java.util.Arrays.copyOfRange(words, from, to));
            System.arraycopy(part, 0, tags, from, part.length);
        }
        return tags;
    }
}
