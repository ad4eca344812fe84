package dev.extract.claims;

import dev.extract.text.NounPhrases;
import dev.extract.text.PartyStateTags;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The subject of a reporting verb, read leftwards from the token before it, seeing through what news puts
 * between a speaker and its cue: an appositive ("Louis Gallois, the Airbus chief executive, said"; "Paxton's
 * spokeswoman, Alejandra Ruiz, said"), a long one with prepositions and possessives ("Dr. Amna Dermish, a
 * physician at Whole Woman's Health in Fort Worth, told"), or a relative clause ("Moody's, which rates the
 * city's debt, has said"). A subject knows the phrase to report as speaker and where the whole subject starts,
 * so a quote just before it can still be joined to the attribution.
 */
final class Subjects {
    /** Words that open a relative clause set off by commas after a subject. */
    private static final Set<String> RELATIVE = Lexicon.get().words(WordSet.RELATIVE);
    /** Relative pronouns that are the subject of the cue right after a noun ("cities that support …"), like "who". */
    private static final Set<String> RELATIVE_SUBJECTS = Lexicon.get().words(WordSet.RELATIVE_SUBJECTS);
    /** Words that open an insert of examples after a subject ("including", "like"). */
    private static final Set<String> EXAMPLE_OPENERS = Lexicon.get().words(WordSet.EXAMPLE_OPENERS);
    /** The longest comma-enclosed insert looked through; a clause boundary stops the search well before. */
    private static final int INSERT_MAX = 40;

    private Subjects() {
    }

    /** A speaker phrase and the first token of the whole subject (appositive included). */
    record Subject(NounPhrases.Np speaker, int from) {
    }

    /** The subject phrase ending at token {@code j}, seeing through an appositive, or null. */
    static Subject endingAt(List<Token> toks, int j, int sf) {
        if (j > sf && RELATIVE_SUBJECTS.contains(toks.get(j).lower()) && !toks.get(j).tag().equals("SCONJ")
                && NounPhrases.nounLike(toks, j - 1)) {
            return new Subject(new NounPhrases.Np(j, j, true), j); // "cities that support the regulations", "the department which reported"
        }
        if (j > sf && toks.get(j).text().equals(")")) {
            // "Rep. Jason Chaffetz (R-Utah) said": the party and state in brackets belong to the name before them
            for (int o = j - 1; o > sf && o >= j - 8; o--) {
                if (toks.get(o).text().equals("(")) {
                    Subject inner = endingAt(toks, o - 1, sf);
                    return inner == null || inner.speaker().pronoun() ? null : inner;
                }
            }
            return null;
        }
        if (j > sf && toks.get(j).tag().equals("VERB") && toks.get(j).lower().endsWith("ed") && NounPhrases.nounLike(toks, j - 1)
                && Lexicon.get().isDocument(toks.get(j - 1).lower())) {
            // "a Marist poll released on Wednesday found": a participle after a document noun belongs to its subject
            NounPhrases.Np np = Lexicon.PHRASES.endingAt(toks, j - 1, sf);
            return np == null ? null : new Subject(np, np.first());
        }
        if (j > sf && toks.get(j).tag().equals("VERB") && toks.get(j).lower().endsWith("ed")
                && GROUP_PRONOUNS.contains(toks.get(j - 1).lower()) && opensClause(toks, j - 1, sf)) {
            return new Subject(new NounPhrases.Np(j - 1, j, false), j - 1); // "Those surveyed say", "those polled said"
        }
        if (j > sf + 3 && Clauses.QUOTE_CLOSE.contains(toks.get(j).text())) {
            return quotedInsert(toks, j, sf);
        }
        Subject s = apposition(toks, j, sf);
        if (s != null) {
            return s;
        }
        if (j > sf && mistaggedHead(toks, j)) {
            // "The real estate magnate/VERB says": a bare verb form right before the cue verb is a noun the tagger missed
            NounPhrases.Np lead = Lexicon.PHRASES.endingAt(toks, j - 1, sf);
            int first = lead != null && !lead.pronoun() ? lead.first() : toks.get(j - 1).tag().equals("DET") ? j - 1 : -1;
            if (first >= 0) {
                return new Subject(new NounPhrases.Np(first, j, false), first);
            }
        }
        NounPhrases.Np np = Lexicon.PHRASES.endingAt(toks, j, sf);
        if (np == null) {
            np = Lexicon.PHRASES.withComplementEndingAt(toks, j, sf); // "A spokeswoman for YouTube said"
        }
        if (np == null) {
            return j >= sf && BARE_SHARES.contains(toks.get(j).lower()) && opensClause(toks, j, sf)
                    ? new Subject(new NounPhrases.Np(j, j, false), j) // "Others say", "Another said"
                    : partitive(toks, j, sf);
        }
        return new Subject(np, np.first());
    }

    /** The most tokens a party-and-state tag takes ("R" "-" "Texas" as the tokenizer may split it). */
    private static final int PARTY_STATE_TOKENS = 4;

    /**
     * The comma before a party-and-state tag that ends at the comma {@code j} (", D-Wash., said"), or -1: the
     * tag names no speaker, the name before it does.
     */
    private static int partyStateTag(List<Token> toks, int j, int sf) {
        StringBuilder tag = new StringBuilder();
        for (int c = j - 1; c > sf && c >= j - PARTY_STATE_TOKENS; c--) {
            if (toks.get(c).text().equals(",")) {
                return c < j - 1 && PartyStateTags.is(tag) ? c : -1;
            }
            tag.insert(0, toks.get(c).text());
        }
        return -1;
    }

    /** Words that head a share of a group: "most of them", "both of his senators", "6 in 10 voters". */
    private static final Set<String> QUANTIFIERS = Lexicon.get().words(WordSet.QUANTIFIERS);
    /** Prepositions that join a share to its group. */
    private static final Set<String> PARTITIVE_PREPS = Lexicon.get().words(WordSet.PARTITIVE_PREPS);
    /** Object pronouns that name the group of a share ("most of them"). */
    private static final Set<String> GROUP_PRONOUNS = Lexicon.get().words(WordSet.GROUP_PRONOUNS);
    /** Words that hedge a share ("About", "More than"). */
    private static final Set<String> SHARE_HEDGES = Lexicon.get().words(WordSet.SHARE_HEDGES);
    /** Words that stand alone as a share opening a clause ("Others say", "Another said"). */
    private static final Set<String> BARE_SHARES = Lexicon.get().words(WordSet.BARE_SHARES);

    /**
     * "About 6 in 10 white men said", "Both of his GOP senators supported", "Most of them said", "19 percent of
     * college students polled said": a share of a group opening the clause; the whole phrase is the speaker. The
     * group may be followed by a participle of the survey ("polled", "surveyed").
     */
    private static Subject partitive(List<Token> toks, int j, int sf) {
        if (j < sf + 2) {
            return null; // no room for a share, "of" and a group (a cue opening the text has j = sf - 1)
        }
        int head = j;
        if (head > sf + 2 && toks.get(head).tag().equals("VERB") && toks.get(head).lower().endsWith("ed")
                && (NounPhrases.nounLike(toks, head - 1) || GROUP_PRONOUNS.contains(toks.get(head - 1).lower()))) {
            head--; // "students polled", "voters surveyed": a reduced relative of the poll
        }
        int group = head;
        boolean bareNumber = toks.get(head).isNumber() && PARTITIVE_PREPS.contains(toks.get(head - 1).lower());
        if (!GROUP_PRONOUNS.contains(toks.get(head).lower()) && !bareNumber) { // "6 in 10" names no group: the share is the speaker
            group = -1;
            for (int i = head - 1; i > sf && i >= head - NounPhrases.MAX_TOKENS; i--) {
                if (PARTITIVE_PREPS.contains(toks.get(i).lower())) {
                    NounPhrases.Np np = Lexicon.PHRASES.endingAt(toks, head, i + 1);
                    // "four in 10 Republican voters": the tags may leave the count out of the group's phrase
                    int start = np != null && toks.get(i + 1).isNumber() && np.first() == i + 2 ? i + 1 : np == null ? -1 : np.first();
                    group = np == null || np.pronoun() || start != i + 1 ? -1 : i + 1;
                    break;
                }
            }
        }
        if (group - 2 < sf || !PARTITIVE_PREPS.contains(toks.get(group - 1).lower())) {
            return null;
        }
        int share = group - 2;
        if (share > sf && PARTITIVE_PREPS.contains(toks.get(share).lower())) {
            share--; // "nine out of 10"
        }
        Token q = toks.get(share);
        int from = share;
        if (q.isNumber() || q.tag().equals("NOUN")) {
            NounPhrases.Np np = Lexicon.PHRASES.endingAt(toks, share, sf); // "19 percent", "A majority", "6"
            if (np == null && !q.isNumber()) {
                return null;
            }
            from = np == null ? share : np.first();
        } else if (!QUANTIFIERS.contains(q.lower())) {
            return null;
        }
        for (int k = 0; k < 2 && from > sf && (toks.get(from - 1).tag().equals("ADV") || SHARE_HEDGES.contains(toks.get(from - 1).lower())); k++) {
            from--; // "About 6 in 10", "Just 19 percent", "More than six in 10"
        }
        if (!opensClause(toks, from, sf)) {
            return null;
        }
        return new Subject(new NounPhrases.Np(from, j, false), from);
    }

    /** "X, &lt;insert&gt;," ending at comma {@code j}: the named phrase, or null when {@code j} closes no insert. */
    private static Subject apposition(List<Token> toks, int j, int sf) {
        if (j < sf + 3 || !toks.get(j).text().equals(",")) {
            return null;
        }
        int tagComma = partyStateTag(toks, j, sf);
        if (tagComma > sf) {
            Subject named = endingAt(toks, tagComma - 1, sf); // "Sen. Ted Cruz, R-Texas, said": the name before the tag
            return named == null || named.speaker().pronoun() ? null : named;
        }
        NounPhrases.Np second = Lexicon.PHRASES.endingAt(toks, j - 1, sf);
        if (second != null && !second.pronoun() && second.first() - 1 > sf
                && toks.get(second.first() - 1).text().equals(",")) {
            NounPhrases.Np first = named(toks, second.first() - 2, sf);
            if (first == null) {
                // a long appositive with commas of its own ("Cynthia Thompson, curator … at the University of
                // Arkansas, Fayetteville, said"): the named phrase that opens the clause, if a comma follows it
                NounPhrases.Np opening = Lexicon.PHRASES.startingAt(toks, Clauses.trimStart(toks, sf, j), j);
                if (opening != null && toks.get(opening.last() + 1).text().equals(",")
                        && NounPhrases.hasName(toks, opening, -1) && opening.last() + 1 < second.first() - 1) {
                    return new Subject(opening, opening.first());
                }
                return new Subject(second, second.first());
            }
            // "Louis Gallois, the Airbus chief executive," names first; "Paxton's spokeswoman, Alejandra Ruiz," second
            Token lead = toks.get(second.first());
            return new Subject(lead.tag().equals("DET") || !lead.isCapitalised() ? first : second, first.first());
        }
        // an insert the tags do not read as one phrase ("a physician at X in Y", "who voted against it"):
        // the phrase before its opening comma, when that phrase opens the clause
        for (int c = j - 1; c > sf && c >= j - INSERT_MAX; c--) {
            Token t = toks.get(c);
            if (t.text().equals(";") || (Clauses.QUOTE_CLOSE.contains(t.text()) || Clauses.QUOTE_OPEN.contains(t.text())) && !quotedWordIn(toks, c, j)) {
                return null;
            }
            if (!t.text().equals(",")) {
                continue;
            }
            if (c - 2 > sf && toks.get(c - 1).isNumber() && toks.get(c - 2).text().equals(",")) {
                c -= 2; // "Jimmy Ghazal, 39, a Lebanese man visiting Nice, told": the age belongs to the name
            }
            NounPhrases.Np name = named(toks, c - 1, sf);
            if (name == null || name.pronoun() || !opensClause(toks, name.first(), sf)) {
                return null;
            }
            // "Moody's, which rates …,", "Other major unions, including the AFL-CIO," : a relative or examples describe it
            boolean relative = RELATIVE.contains(toks.get(c + 1).lower()) || EXAMPLE_OPENERS.contains(toks.get(c + 1).lower());
            return relative || NounPhrases.hasName(toks, name, sf) ? new Subject(name, name.first()) : null;
        }
        return null;
    }

    /** The furthest an opening subject may lie from its cue, in tokens. */
    private static final int OPENING_MAX = 40;

    /**
     * The noun phrase opening the clause of a cue whose left neighbour reads as no subject ("Sen. Roy Blunt
     * (R-Mo.), facing a stiff challenge from X, noted that"; "The State Department less than two weeks ago
     * said"): taken when nothing between it and the cue (token {@code j} the last before it) is a verb of its
     * own, other than inside a comma-set insert, and it is no time word ("Sunday on Fox News, …").
     */
    static Subject openingClause(List<Token> toks, int j, int sf) {
        int start = Clauses.trimStart(toks, sf, j + 1);
        if (j - start > OPENING_MAX || j < start) {
            return null;
        }
        NounPhrases.Np np = Lexicon.PHRASES.startingAt(toks, start, j + 1);
        if (np == null || np.last() >= j && !toks.get(j).text().equals(",") || Lexicon.get().isTimeWord(toks.get(np.first()).lower())) {
            return null;
        }
        boolean insert = false;
        for (int v = np.last() + 1; v <= j; v++) {
            Token t = toks.get(v);
            String w = t.text();
            if (w.equals(",") || w.equals("(") || RELATIVE.contains(t.lower())
                    || v == np.last() + 1 && t.tag().equals("VERB") && t.lower().endsWith("ed")) {
                insert = true; // a reduced relative too: "People briefed on the situation say", "those surveyed say"
            } else if (w.equals(";") || w.equals(":") || Clauses.QUOTE_OPEN.contains(w) || Clauses.QUOTE_CLOSE.contains(w)
                    || (t.tag().equals("VERB") || t.tag().equals("AUX")) && !insert) {
                return null;
            }
        }
        return new Subject(np, np.first());
    }

    /**
     * "Humphrey, who calls Trump a “sociopath,” said": a relative insert ending in a short quoted word, whose comma
     * stands inside the closing quote mark at {@code j}; the subject before the insert, or null.
     */
    static Subject quotedInsert(List<Token> toks, int j, int sf) {
        if (j <= sf + 3 || !toks.get(j - 1).text().equals(",") || !Clauses.QUOTE_CLOSE.contains(toks.get(j).text())) {
            return null;
        }
        Subject quoted = apposition(toks, j - 1, sf);
        return quoted != null && RELATIVE.contains(toks.get(quoted.speaker().last() + 2).lower()) ? quoted : null;
    }

    /** True for the quote marks around a short quoted word at the end of an insert ending at comma {@code j}: "a “sociopath,”". */
    private static boolean quotedWordIn(List<Token> toks, int c, int j) {
        return j + 1 < toks.size() && Clauses.QUOTE_CLOSE.contains(toks.get(j + 1).text()) && j - c <= QUOTED_WORD_MAX;
    }

    /** The most tokens between the opening quote mark of an insert's quoted word and its comma. */
    private static final int QUOTED_WORD_MAX = 6;

    /** A VERB-tagged base or -s form after a noun or article that cannot be a verb of its own before a cue: a missed noun. */
    private static boolean mistaggedHead(List<Token> toks, int j) {
        Token t = toks.get(j);
        Token prev = toks.get(j - 1);
        String w = t.lower();
        return t.tag().equals("VERB") && !w.endsWith("ed") && !w.endsWith("ing") && !t.isCapitalised()
                && Lexicon.get().verb(w) == null && !VerbGroup.BE.contains(w) && !VerbGroup.MODAL.contains(w)
                && (prev.tag().equals("NOUN") || prev.tag().equals("PROPN") || prev.tag().equals("ADJ") || prev.tag().equals("DET"));
    }

    /** The phrase ending at token {@code last}, a name in the possessive form included ("Moody's", "McDonald's"). */
    private static NounPhrases.Np named(List<Token> toks, int last, int sf) {
        if (last > sf && NounPhrases.isPossessive(toks.get(last))) {
            NounPhrases.Np np = Lexicon.PHRASES.endingAt(toks, last - 1, sf);
            return np == null || np.pronoun() || !toks.get(last - 1).isCapitalised() ? null : new NounPhrases.Np(np.first(), last, false);
        }
        NounPhrases.Np np = Lexicon.PHRASES.endingAt(toks, last, sf);
        return np != null ? np : Lexicon.PHRASES.withComplementEndingAt(toks, last, sf); // "Officials at Homeland Security"
    }

    /** True when token {@code i} starts its sentence (past "However,"), or follows a quote or a comma. */
    private static boolean opensClause(List<Token> toks, int i, int sf) {
        if (i == Clauses.trimStart(toks, sf, i + 1)) {
            return true;
        }
        String prev = toks.get(i - 1).text();
        return prev.equals(",") || Clauses.QUOTE_CLOSE.contains(prev);
    }
}
