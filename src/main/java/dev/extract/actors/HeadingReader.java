package dev.extract.actors;

import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Lines whose capitals prove nothing (title-case headlines, lines in capitals, headings and captions): only the
 * names the body or the gazetteers know are kept there, and in headings names led by a given name.
 */
final class HeadingReader {
    private final Lexicon lex;
    private final NameFinder finder;
    private final RunSplitter splitter;

    HeadingReader(Lexicon lex, NameFinder finder, RunSplitter splitter) {
        this.lex = lex;
        this.finder = finder;
        this.splitter = splitter;
    }

    /** A heading line keeps the names the body or the gazetteers know, and names led by a given name ("Peter Blackburn"). */
    void heading(List<Token> toks, Sentence s, Set<String> known, List<Candidate> out) {
        int i = s.firstToken();
        while (i < s.endToken()) {
            if (!finder.startsName(toks.get(i))) {
                i++;
                continue;
            }
            int j = Math.max(finder.extend(toks, i, s.endToken()), finder.longestKnown(toks, i, s.endToken()));
            String first = toks.get(i).text();
            boolean person = j > i && (lex.isFirstName(first) || GenderReader.get().givenName(first) != null);
            if (person || lex.entry(Lexicon.key(toks.subList(i, j + 1))) != null) {
                i = Math.max(j, splitter.split(toks, i, j, s.endToken(), out)) + 1;
            } else {
                known(toks, i, j + 1, false, known, out);
                i = j + 1;
            }
        }
    }

    /** Keeps the names of tokens {@code [from, end)} that the body or the gazetteers know; {@code shouting}: a line in capitals. */
    void known(List<Token> toks, int from, int end, boolean shouting, Set<String> known, List<Candidate> out) {
        int i = from;
        while (i < end) {
            int best = -1;
            for (int j = Math.min(end - 1, i + Lexicon.MAX_NAME_TOKENS - 1); j >= i; j--) {
                String key = Lexicon.key(toks.subList(i, j + 1));
                boolean named = known.contains(key) || shouting && known.contains(DatelineReader.wordCase(key));
                if (finder.startsName(toks.get(i)) && (named || lex.entry(key) != null) && !(shouting && key.length() <= 3)) {
                    best = j;
                    break;
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            int before = out.size();
            splitter.split(toks, i, best, end, out);
            for (int k = before; shouting && k < out.size(); k++) {
                String written = DatelineReader.wordCase(out.get(k).key());
                if (known.contains(written)) {
                    out.set(k, out.get(k).withKey(written)); // "MEDVEDEV" is the Medvedev of the body
                }
            }
            i = best + 1;
        }
    }
}
