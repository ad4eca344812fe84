package dev.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The tool's beam search must tag exactly as OpenNLP's: same best tags, same 3 best taggings with the same
 * scores, on every sentence of the test articles, every spec line, and shuffled words (odd sequences reach the fallback
 * that follows every valid tag).
 */
class SelectingBeamSearchTest {
    private static final Models MODELS = Models.get();
    private static final POSTaggerME OPENNLP = new POSTaggerME(MODELS.pos, POSTagFormat.UD);
    private static final POSTaggerME SELECTING = new POSTaggerME(SelectingBeamSearch.posModel(MODELS.pos), POSTagFormat.UD);

    @Test
    void tagsAsOpenNlpDoesOnTheTestArticles() throws Exception {
        List<String[]> sentences = sentences();
        assertTrue(sentences.size() > 1000, "the test articles and spec lines hold a few thousand sentences");
        for (String[] words : sentences) {
            assertSameTags(words);
        }
    }

    @Test
    void tagsAsOpenNlpDoesOnShuffledWords() throws Exception {
        List<String> words = new ArrayList<>();
        sentences().forEach(s -> words.addAll(List.of(s)));
        Random random = new Random(20261129);
        for (int n = 0; n < 500; n++) {
            String[] s = new String[1 + random.nextInt(60)];
            for (int i = 0; i < s.length; i++) {
                s[i] = words.get(random.nextInt(words.size()));
            }
            assertSameTags(s);
        }
    }

    private static void assertSameTags(String[] words) {
        assertArrayEquals(OPENNLP.tag(words), SELECTING.tag(words), () -> String.join(" ", words));
        String[][] expected = OPENNLP.tag(3, words);
        String[][] actual = SELECTING.tag(3, words);
        assertEquals(expected.length, actual.length, () -> String.join(" ", words));
        for (int k = 0; k < expected.length; k++) {
            assertArrayEquals(expected[k], actual[k], String.join(" ", words));
        }
        // the best taggings' scores and probabilities, bit for bit
        Sequence[] expectedTop = OPENNLP.topKSequences(words);
        Sequence[] actualTop = SELECTING.topKSequences(words);
        assertEquals(expectedTop.length, actualTop.length);
        for (int k = 0; k < expectedTop.length; k++) {
            assertEquals(expectedTop[k].getOutcomes(), actualTop[k].getOutcomes());
            assertEquals(expectedTop[k].getScore(), actualTop[k].getScore());
            assertArrayEquals(expectedTop[k].getProbs(), actualTop[k].getProbs());
        }
        OPENNLP.tag(words);
        SELECTING.tag(words);
        assertArrayEquals(OPENNLP.probs(), SELECTING.probs(), () -> String.join(" ", words));
    }

    private static List<String[]> sentences() throws Exception {
        SentenceDetectorME detector = new SentenceDetectorME(MODELS.sentences);
        TokenizerME tokenizer = new TokenizerME(MODELS.tokens);
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("testdata"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                for (Span s : detector.sentPosDetect(text)) {
                    out.add(tokenizer.tokenize(text.substring(s.getStart(), s.getEnd())));
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("testdata"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (!line.startsWith("#") && !line.isBlank()) {
                        out.add(tokenizer.tokenize(line.split("\t", -1)[0].replace("\\n", "\n")));
                    }
                }
            }
        }
        return out;
    }
}
