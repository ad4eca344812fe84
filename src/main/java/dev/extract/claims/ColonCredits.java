package dev.extract.claims;

import dev.extract.text.Block;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;

/**
 * A paragraph opened by a speaker and a colon, as transcripts and interviews write it: "PENCE: Well, look, …",
 * "Trump: “We will win.”". The speaker is one to four capitalised words, all in capitals (a transcript) or
 * a name the actors know, or a lone document noun ("Poll: Clinton and Trump in dead heat"); the content runs
 * to the end of the paragraph.
 */
final class ColonCredits {
    private static final int MAX_SPEAKER_TOKENS = 4;

    private final Document doc;
    private final List<Token> toks;

    ColonCredits(Document doc) {
        this.doc = doc;
        this.toks = doc.tokens();
    }

    /** The claim credited by the colon at token {@code k}, or null. */
    Draft at(Sentence s, int k, java.util.function.IntPredicate knownName) {
        if (!toks.get(k).text().equals(":") || k + 1 >= s.endToken()) {
            return null;
        }
        Block block = doc.block(s);
        int first = s.firstToken();
        while (first < k && Clauses.QUOTE_OPEN.contains(toks.get(first).text()) || first < k && toks.get(first).text().equals("'")) {
            first++;
        }
        if (k - first < 1 || k - first > MAX_SPEAKER_TOKENS || !doc.text().substring(block.from(), toks.get(s.firstToken()).from()).isBlank()) {
            return null;
        }
        boolean allCaps = true;
        for (int i = first; i < k; i++) {
            Token t = toks.get(i);
            if (!t.isCapitalised()) {
                return null;
            }
            allCaps &= t.text().codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase) && t.text().length() > 1;
        }
        boolean document = k - first == 1 && Lexicon.get().isDocument(toks.get(first).lower()); // "Poll: …"
        if (!allCaps && !document && !knownName.test(toks.get(k - 1).from())) {
            return null;
        }
        int cFrom = toks.get(k + 1).from();
        int cTo = block.to();
        while (cTo > cFrom && Character.isWhitespace(doc.text().charAt(cTo - 1))) {
            cTo--;
        }
        Lexicon.CueEntry cue = Lexicon.CueEntry.of("colon", Stance.NEUTRAL, CuePos.DASH);
        return new Draft(ClaimKind.DIRECT, toks.get(first).from(), toks.get(k - 1).to(), false, toks.get(k).from(), toks.get(k).to(),
                cue, cFrom, cTo, s.index(), false);
    }
}
