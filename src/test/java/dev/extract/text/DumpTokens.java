package dev.extract.text;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Developer aid, not a test: prints blocks, sentences and tagged tokens of a file, to see what the
 * extractors see. Run: mvn -q test-compile exec… or java -cp target/classes:target/test-classes:target/lib/* dev.extract.text.DumpTokens FILE
 */
public final class DumpTokens {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Document d = new Segmenter().segment(args[0], text, null, null);
        for (Sentence s : d.sentences()) {
            Block b = d.block(s);
            StringBuilder sb = new StringBuilder();
            sb.append('[').append(s.index()).append(' ').append(b.kind()).append("] ");
            for (Token t : d.tokens(s)) {
                sb.append(t.text()).append('/').append(t.tag()).append(' ');
            }
            System.out.println(sb);
        }
    }
}
