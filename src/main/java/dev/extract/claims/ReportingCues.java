package dev.extract.claims;

import dev.extract.text.NounPhrases;
import dev.extract.text.QuoteIndex;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Which tokens are reporting verbs where they stand: a cue verb of the lexicon (or one a that-clause makes a
 * cue) used as a finite verb, outside quotes, with the particle or infinitive it needs, and not an intention
 * ("plans to announce") or a noun ("Apple has plans"). The tagger's noun and adjective readings of cue verbs
 * ("The new poll shows/NOUN Trump ahead", "Ian Read said/ADJ …") are taken back where the clause needs a verb.
 */
final class ReportingCues {
    /** Tags that open an object phrase after a noun-tagged cue ("says/NOUN the"). */
    private static final Set<String> OBJECT_OPENING_TAGS = Set.of("DET", "PRON", "NUM", "PROPN", "NOUN");
    /** How far left of a document cue a document noun is looked for, in tokens. */
    private static final int DOCUMENT_SUBJECT_REACH = 10;
    /** Punctuation that closes a clause after a past form ("…, the admiral said."). */
    private static final Set<String> CLAUSE_CLOSERS = Set.of(".", ",", ";");
    /** Possessive pronouns: a past participle after one modifies a noun ("his proposed ban"). */
    private static final Set<String> POSSESSIVE_PRONOUNS = Lexicon.get().words(WordSet.POSSESSIVE_PRONOUNS);
    /** Auxiliaries of the perfect, after which an -s form is a noun ("has plans"). */
    private static final Set<String> PERFECT_AUX = Lexicon.get().words(WordSet.PERFECT_AUX);

    private final List<Token> toks;
    private final QuoteIndex quotes;
    private final Lexicon lex = Lexicon.get();

    ReportingCues(List<Token> toks, QuoteIndex quotes) {
        this.toks = toks;
        this.quotes = quotes;
    }

    /** The cue entry of token {@code k} when it is used as a finite reporting verb there, else null. */
    Lexicon.CueEntry at(Sentence s, int k) {
        Token cueTok = toks.get(k);
        Lexicon.CueEntry cue = lex.verb(cueTok.lower());
        if (cue == null) {
            cue = QuoteCredits.thatClauseCue(toks, k, s.endToken());
        }
        if (cue == null || !verbal(s, k) || quotes.inside(cueTok.from()) != null || lacksComplement(cue, k, s.endToken())) {
            return null;
        }
        int sf = s.firstToken();
        if (k > sf && toks.get(k - 1).lower().equals("to")) {
            return null; // "refused to reveal", "plans to announce": an intention, not a statement
        }
        if (k > sf && POSSESSIVE_PRONOUNS.contains(toks.get(k - 1).lower()) && cueTok.lower().endsWith("ed")) {
            return null; // "his proposed ban", "its stated goal": a participle modifying the owner's noun
        }
        if (passiveInsert(cueTok, k, sf, s.endToken())) {
            return null; // "Johnson, asked whether he would …, said": the subject was asked, the insert reports nothing of his
        }
        if (raisedParticiple(cueTok, cue, k, s.endToken())) {
            return null; // "a man said to have ties to the group", "plans said to be under review": nobody speaks
        }
        if (k > sf && PERFECT_AUX.contains(toks.get(k - 1).lower()) && cueTok.lower().endsWith("s")
                && !cueTok.lower().endsWith("ss")) {
            return null; // "Apple has plans to …": a noun after "has" (a participle never ends in -s)
        }
        return cue;
    }

    /** The longest comma-set participle insert looked through, in tokens. */
    private static final int INSERT_MAX = 25;

    /**
     * "Johnson, asked whether he would bring the bill to the floor, said …", "The bill, opposed by House Republicans,
     * never became law": a participle opening a comma-set insert after its subject is passive when the insert closes
     * with a comma and a verb follows it; "Robby Mook, suggested that …" (no second verb) stays a claim.
     */
    private boolean passiveInsert(Token cueTok, int k, int sf, int se) {
        if (k - 1 <= sf || !toks.get(k - 1).text().equals(",") || !cueTok.lower().endsWith("ed")) {
            return false;
        }
        for (int i = k + 1; i + 1 < se && i <= k + INSERT_MAX; i++) {
            String w = toks.get(i).text();
            if (w.equals(";") || quotes.inside(toks.get(i).from()) != null) {
                return false;
            }
            if (w.equals(",")) {
                int v = Clauses.skipTime(toks, i + 1, se);
                if (v + 1 < se && toks.get(v).tag().equals("ADV")) {
                    v++; // "…, never became law"
                }
                return v < se && (toks.get(v).tag().equals("AUX") || toks.get(v).isVerb() && !toks.get(v).lower().endsWith("ing"));
            }
        }
        return false;
    }

    /** Reporting verbs whose past participle before "to be"/"to have" only describes ("said to be", "believed to have"). */
    private static final Set<String> RAISING_LEMMAS = Lexicon.get().words(WordSet.RAISING_LEMMAS);
    /** The infinitives of "said to be", "reported to have". */
    private static final Set<String> RAISED_INFINITIVES = Lexicon.get().words(WordSet.RAISED_INFINITIVES);

    /**
     * "said to be", "reported to have", "believed to be": a participle of a reporting verb before "to be"/"to have"
     * attributes nothing (no active "say to be" exists), with or without "is" before it.
     */
    private boolean raisedParticiple(Token cueTok, Lexicon.CueEntry cue, int k, int se) {
        return k + 2 < se && RAISING_LEMMAS.contains(cue.lemma()) && !cueTok.lower().equals(cue.lemma())
                && toks.get(k + 1).lower().equals("to") && RAISED_INFINITIVES.contains(toks.get(k + 2).lower());
    }

    /**
     * True when the cue reports only with a particle ("made clear", "pointed out") or a to-infinitive ("refused to
     * endorse") and none follows it: "made sure that", "take advantage of", "shares declined 5 percent".
     */
    private boolean lacksComplement(Lexicon.CueEntry cue, int k, int se) {
        int at = Clauses.skipTime(toks, k + 1, se);
        return cue.needsParticle() && cue.pastParticle(toks, at, se) == at
                || cue.needsInfinitive() && !infinitiveAt(at, se)
                || cue.needsAs() && !asAfterObject(at, se);
    }

    /** The most tokens of an object between a cue and its "as" ("sees the emergence of a new party as"). */
    private static final int AS_OBJECT_MAX = 10;
    /** The word that joins an object to how it is seen ("as" of "sees X as Y"). */
    private static final Set<String> AS_WORDS = Lexicon.get().words(WordSet.AS_WORDS);

    /** "sees Clinton as the stronger candidate": an object phrase starting at {@code at} and then "as", within the clause. */
    private boolean asAfterObject(int at, int se) {
        for (int i = at + 1; i < se && i <= at + AS_OBJECT_MAX; i++) {
            Token t = toks.get(i);
            if (AS_WORDS.contains(t.lower())) {
                return true;
            }
            if (t.isPunctuation() || t.isVerb() || t.tag().equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /** "to endorse", "to publicly detail": a to-infinitive at {@code at}, not "to" before a figure ("declined to $281 million"). */
    private boolean infinitiveAt(int at, int se) {
        if (at + 1 >= se || !toks.get(at).tag().equals("PART") && !toks.get(at).lower().equals("to")) {
            return false; // "to" tagged ADP before a verb is an infinitive all the same
        }
        Token next = toks.get(at + 1);
        return next.isVerb() || next.tag().equals("AUX") || next.tag().equals("ADV");
    }

    /**
     * "Western swing states/VERB have high numbers", "Soviet states/VERB and neighbors": a noun-form cue followed by a
     * verb or a coordinator is a noun the tagger missed; the verb "states" takes an object or a clause.
     */
    private boolean verbOrJoinAfter(int k, int se) {
        if (k + 1 >= se) {
            return false;
        }
        String tag = toks.get(k + 1).tag();
        return tag.equals("AUX") || tag.equals("VERB") || tag.equals("CCONJ");
    }

    /** True when token {@code k} is used as a verb: so tagged, or a noun form between a subject and its object. */
    private boolean verbal(Sentence s, int k) {
        Token t = toks.get(k);
        Lexicon.CueEntry cue = lex.verb(t.lower());
        if (t.isVerb()) {
            return cue == null || !cue.nounForm() || !verbOrJoinAfter(k, s.endToken());
        }
        if (cue != null && cue.nounForm()) {
            return false; // "Minnesota state/NOUN delegate", "swing states/NOUN like Nevada"
        }
        boolean adjective = t.tag().equals("ADJ") && pastForm(t); // "Ian Read said/ADJ company leaders had …"
        if (!t.tag().equals("NOUN") && !adjective || k == s.firstToken() || k + 1 >= s.endToken() || t.isCapitalised()) {
            return false;
        }
        Token prev = toks.get(k - 1);
        Token next = toks.get(k + 1);
        boolean subjectBefore = NounPhrases.nounLike(toks, k - 1) && !NounPhrases.isPossessive(prev);
        boolean objectAfter = next.lower().equals("that") || next.tag().equals("PART") && next.lower().equals("to")
                || OBJECT_OPENING_TAGS.contains(next.tag());
        if (subjectBefore && objectAfter || documentBefore(s, k)) {
            return true;
        }
        // "…, the admiral/ADJ said/NOUN.": a past form closing its clause after its subject is the verb
        boolean adjectiveHead = prev.tag().equals("ADJ") && k - 2 >= s.firstToken() && toks.get(k - 2).tag().equals("DET");
        if (CLAUSE_CLOSERS.contains(next.text()) && afterQuoteCredit(s, k)) {
            return true; // "“… pay his?” the narrator/ADJ asks/NOUN.": a cue closing the credit of the quote before it
        }
        return pastForm(t) && (subjectBefore || adjectiveHead) && CLAUSE_CLOSERS.contains(next.text());
    }

    /** The most tokens of a speaker phrase between a closing quote and its cue. */
    private static final int CREDIT_SPEAKER_REACH = 8;

    /**
     * True when a short speaker phrase with a noun in it stands between a closing quote (and its comma) and token
     * {@code k}: "“…?” a narrator in the Clinton ad asks".
     */
    private boolean afterQuoteCredit(Sentence s, int k) {
        boolean noun = false;
        for (int i = k - 1; i >= Math.max(s.firstToken(), k - CREDIT_SPEAKER_REACH); i--) {
            Token t = toks.get(i);
            if (Clauses.QUOTE_CLOSE.contains(t.text()) || t.text().equals(",") && i > s.firstToken()
                    && Clauses.QUOTE_CLOSE.contains(toks.get(i - 1).text())) {
                return noun && i < k - 1;
            }
            if (t.isPunctuation() || t.tag().equals("AUX") || t.tag().equals("PRON")) {
                return false;
            }
            noun |= NounPhrases.nounLike(toks, i) || t.tag().equals("ADJ");
        }
        return false;
    }

    /**
     * "The new poll shows/NOUN Trump far ahead", "A survey of those 18 to 35 years old shows/NOUN a divide": a
     * document cue right after a subject phrase with a document noun in it, which the tagger reads as a compound.
     */
    private boolean documentBefore(Sentence s, int k) {
        Lexicon.CueEntry cue = lex.verb(toks.get(k).lower());
        if (cue == null || !cue.needsDocumentSource()) {
            return false;
        }
        for (int i = k - 1; i >= Math.max(s.firstToken(), k - DOCUMENT_SUBJECT_REACH); i--) {
            Token t = toks.get(i);
            if (lex.isDocument(t.lower())) {
                return true;
            }
            if (t.isPunctuation() || t.isVerb() || t.tag().equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /** A past form of a cue verb ("said", "noted"): not its base, not -s or -ing, which may be nouns. */
    private boolean pastForm(Token t) {
        Lexicon.CueEntry cue = lex.verb(t.lower());
        String w = t.lower();
        return cue != null && !w.equals(cue.lemma()) && !w.endsWith("s") && !w.endsWith("ing");
    }
}
