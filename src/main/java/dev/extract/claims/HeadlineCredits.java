package dev.extract.claims;

import dev.extract.text.NounPhrases;
import dev.extract.lang.LanguagePack;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two shapes in which a headline attributes: a source and a colon ("Poll: Clinton and Trump in dead heat",
 * "Pat Caddell: Democrat Voters Worried …") and a say-verb in title case ("Obama Says Museum Will Tell …",
 * "Clinton Hid Health Problems, Former White House Doctor Says"), and another cue verb of the lexicon in the
 * present -s form after a capitalised source ("Morton Blackwell Endorses Ted Cruz"). Other headline verbs are
 * left alone: title case misleads the tagger, and a headline's other verbs report events.
 */
final class HeadlineCredits {
    private static final int MAX_SOURCE_TOKENS = 5;
    private static final Set<String> SAY = Lexicon.get().words(WordSet.HEADLINE_SAY);
    private static final Set<String> LABELS = load();

    private final List<Token> toks;
    /** The last words of the article's people's names: a headline's other cues need a person or a document. */
    private final Set<String> personNames;

    HeadlineCredits(Document doc, Set<String> personNames) {
        this.toks = doc.tokens();
        this.personNames = personNames;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String[] row : LanguagePack.english().cells("claims/headline-labels.tsv")) {
            out.add(row[0].strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The claim a headline sentence makes, or null. */
    Draft at(Sentence s) {
        int sf = s.firstToken();
        int se = Clauses.trimEnd(toks, sf, s.endToken());
        for (int k = sf + 1; k < Math.min(se, sf + MAX_SOURCE_TOKENS + 1); k++) {
            if (toks.get(k).text().equals(":") && k + 1 < se) {
                return colon(s, sf, k, se);
            }
        }
        for (int k = sf + 1; k < se; k++) {
            if (SAY.contains(toks.get(k).lower())) {
                return say(s, sf, k, se);
            }
        }
        for (int k = sf + 1; k < Math.min(se - 1, sf + MAX_SOURCE_TOKENS + 1); k++) {
            Draft other = presentCue(s, sf, k, se);
            if (other != null) {
                return other;
            }
        }
        return null;
    }

    /**
     * "Conservative Icon Morton Blackwell Endorses Ted Cruz", "Hillary Clinton calls on U.S. to lead": a cue verb
     * of the lexicon in the present -s form right after a capitalised source opening the headline; the rest is the
     * content (a position for belief cues). The source is a person the actors know or a document ("New Poll Shows
     * …"); a company's headline verb reports its action ("Apple Announces New iPod"). Past forms and bare forms
     * stay out: they report events ("Obama Signed").
     */
    private Draft presentCue(Sentence s, int sf, int k, int se) {
        Token t = toks.get(k);
        String w = t.lower();
        Lexicon.CueEntry cue = Lexicon.get().verb(w);
        if (cue == null || !w.endsWith("s") || w.endsWith("ss") || cue.nounForm() || !capitalised(sf, k)
                || toks.get(k - 1).isPunctuation() || !personNames.contains(toks.get(k - 1).lower()) && !documentIn(sf, k)) {
            return null; // "Apple Announces New iPod": a company's headline verb reports its action
        }
        int from = cue.pastParticle(toks, k + 1, se);
        if (from == k + 1 && cue.needsParticle() || cue.needsInfinitive() && !toks.get(k + 1).lower().equals("to")) {
            return null;
        }
        if (from >= se) {
            return null;
        }
        ClaimKind kind = cue.belief() ? ClaimKind.BELIEF : ClaimKind.INDIRECT;
        return new Draft(kind, toks.get(sf).from(), toks.get(k - 1).to(), false, t.from(), t.to(), cue,
                toks.get(from).from(), toks.get(se - 1).to(), s.index(), false);
    }

    private Draft colon(Sentence s, int sf, int k, int se) {
        StringBuilder label = new StringBuilder();
        for (int i = sf; i < k; i++) {
            Token t = toks.get(i);
            if (!t.isCapitalised() && !NounPhrases.isPossessive(t)) {
                return null;
            }
            label.append(i > sf ? " " : "").append(t.lower());
        }
        if (LABELS.contains(label.toString())) {
            return null;
        }
        return draft(s, sf, k - 1, k, k + 1, se);
    }

    private Draft say(Sentence s, int sf, int k, int se) {
        if (k + 1 < se && k - sf <= MAX_SOURCE_TOKENS && capitalised(sf, k)) {
            return draft(s, sf, k - 1, k, k + 1, se); // "Obama Says Museum Will Tell …"
        }
        if (k + 1 == se) {
            // "Clinton Hid Health Problems, Former White House Doctor Says": the source after the last comma
            for (int c = k - 1; c > sf && c >= k - MAX_SOURCE_TOKENS - 1; c--) {
                if (toks.get(c).text().equals(",")) {
                    return c + 1 < k && capitalised(c + 1, k) ? draft(s, c + 1, k - 1, k, sf, c) : null;
                }
            }
        }
        return null;
    }

    /** "New Poll Shows …": a document or survey noun in the source. */
    private boolean documentIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Lexicon.get().isDocument(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean capitalised(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!toks.get(i).isCapitalised() && !NounPhrases.isPossessive(toks.get(i))) {
                return false;
            }
        }
        return true;
    }

    private Draft draft(Sentence s, int spFirst, int spLast, int cue, int cFrom, int cTo) {
        if (cTo <= cFrom) {
            return null;
        }
        Lexicon.CueEntry entry = toks.get(cue).text().equals(":") ? Lexicon.CueEntry.of("colon", Stance.NEUTRAL, CuePos.DASH)
                : Lexicon.get().verb(toks.get(cue).lower());
        return new Draft(ClaimKind.DIRECT, toks.get(spFirst).from(), toks.get(spLast).to(), false,
                toks.get(cue).from(), toks.get(cue).to(), entry, toks.get(cFrom).from(), toks.get(cTo - 1).to(),
                s.index(), false);
    }
}
