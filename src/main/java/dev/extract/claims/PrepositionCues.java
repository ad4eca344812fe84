package dev.extract.claims;

import dev.extract.text.QuoteIndex;
import dev.extract.text.NounPhrases;
import dev.extract.lang.LanguagePack;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cue noun with its preposition: "questions about the foundation", "Trump's criticism of the press", "calls
 * for a recount". The object is the content, up to the end of the proposition or the next comma; the owner before
 * the noun is the speaker, else there is none. Nouns in {@code cue-nouns.tsv}.
 */
final class PrepositionCues {
    private static final Map<String, Lexicon.CueEntry> CUES = load();
    /** Words before a cue noun that make it part of a relative clause or an infinitive, not a source. */
    private static final Set<String> NOT_BEFORE_CUE_NOUN = Lexicon.get().words(WordSet.NOT_BEFORE_CUE_NOUN);
    private static final int MAX_CONTENT_TOKENS = 30;

    private final List<Token> toks;
    private final Propositions props;
    private final QuoteIndex quotes;

    PrepositionCues(Document doc, QuoteIndex quotes, Propositions props) {
        this.toks = doc.tokens();
        this.props = props;
        this.quotes = quotes;
    }

    private static Map<String, Lexicon.CueEntry> load() {
        Map<String, Lexicon.CueEntry> out = new HashMap<>();
        for (dev.extract.lang.Row row : LanguagePack.english().rows("claims/cue-nouns.tsv")) {
            String noun = row.cell(0).strip().toLowerCase(Locale.ROOT);
            out.put(noun + " " + row.cell(1).strip(), Lexicon.CueEntry.of(noun, row.coded(2, Stance.values()), CuePos.NOUN));
        }
        return out;
    }

    /** The claim whose cue noun is token {@code k}, or null. */
    Draft at(Sentence s, int k) {
        int se = s.endToken();
        if (k + 2 >= se || !toks.get(k).tag().equals("NOUN") || quotes.inside(toks.get(k).from()) != null) {
            return null;
        }
        Lexicon.CueEntry cue = CUES.get(toks.get(k).lower() + " " + toks.get(k + 1).lower());
        if (cue == null) {
            return null;
        }
        int from = k + 2;
        int to = Clauses.trimEnd(toks, from, Math.min(props.end(from, se), from + MAX_CONTENT_TOKENS));
        // "accusations that his backers are waging …": after a cue ending in "that" the content is a clause too
        boolean clause = toks.get(from).lower().equals("that") || toks.get(k + 1).lower().equals("that")
                || Clauses.WH_COMPLEMENT.contains(toks.get(from).lower());
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            boolean mainVerb = (t.tag().equals("AUX") || t.tag().equals("VERB") && !t.lower().endsWith("ing"))
                    && !NOT_BEFORE_CUE_NOUN.contains(toks.get(i - 1).lower());
            if (t.text().equals(",") || mainVerb && !clause) {
                to = i; // "Trump's criticism of the Fed drew a response": the object ends before the main verb
                break;
            }
        }
        if (to <= from) {
            return null;
        }
        int spFrom = -1;
        int spTo = -1;
        boolean pronoun = false;
        Token before = toks.get(k - 1);
        if (k - 1 >= s.firstToken() && Lexicon.get().pronounTypes(before.lower()) != null && before.tag().equals("PRON")) {
            spFrom = before.from(); // "his attacks on the press"
            spTo = before.to();
            pronoun = true;
        } else if (k - 2 >= s.firstToken() && NounPhrases.isPossessive(before)) {
            NounPhrases.Np owner = Lexicon.PHRASES.endingAt(toks, k - 2, s.firstToken());
            if (owner != null) {
                NounPhrases.Np shown = NounPhrases.nameCore(toks, owner);
                spFrom = toks.get(shown.first()).from();
                spTo = toks.get(shown.last()).to();
            }
        }
        return new Draft(ClaimKind.NOUN_CUE, spFrom, spTo, pronoun, toks.get(k).from(), toks.get(k + 1).to(), cue,
                toks.get(from).from(), toks.get(to - 1).to(), s.index(), false);
    }
}
