package dev.extract.claims;

import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import dev.extract.text.TokenSearch;
import java.util.List;
import java.util.Set;

/**
 * Claims around a reporting verb: "X said that …", "X believes …", "X said: “…”", "“…,” she said",
 * "“…,” said X", split quotes, "…, X announced." Passive ("is thought"), infinitive ("refused to reveal"),
 * future ("will announce") and negated ("has not revealed how many") cues give no claim.
 */
final class VerbCues {
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s", "'re", "am");
    /** Tags of a word that can open a noun phrase after a cue (its object or a clause's subject). */
    private static final Set<String> OBJECT_OPENING_TAGS = Set.of("DET", "PRON", "NUM", "PROPN", "NOUN");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo");
    /** "critics would call them …", "leaders could call on …": a hypothetical, nothing was said. */
    private static final Set<String> MODAL = Set.of("would", "could", "might", "may", "should", "can", "must", "'d", "\u2019d");
    static final Set<String> NEGATION = Set.of("not", "n't", "never", "\u2019t");
    private static final Set<String> TIME_PREPS = Set.of("on", "in", "at", "last", "this", "earlier", "later");
    /** Tags of the token before a cue after which the clause's opening phrase may be its subject. */
    private static final Set<String> OPENING_LEFT = Set.of("PUNCT", "NOUN", "PROPN", "ADV", "NUM");
    /** Words that join a post-posed speaker to its complement or second title, and how many are followed. */
    private static final Set<String> SPEAKER_LINKS = Set.of("of", "for", "at", "from", "with", "and");
    private static final int SPEAKER_COMPLEMENTS_MAX = 3;
    /** Auxiliaries of the perfect: after them a form in -s is a noun ("has plans"). */
    private static final Set<String> PERFECT_AUX = Set.of("has", "have", "had");
    /** Words that open "Asked whether …" as a clause with no asker. */
    private static final Set<String> ASKED_OPENERS = Set.of("when", "after", "if", "once", "while");
    /** What joins a gerund cue to the clause whose subject speaks ("by saying", ", claiming"). */
    private static final Set<String> GERUND_LINKS = Set.of("by", ",");
    /** Coordinators that join a second verb to its subject's first. */
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    /** After "that" these open a condition, not a question. */
    private static final Set<String> CONDITION_OPENERS = Set.of("if", "when");
    /** Forms of have and do tagged VERB that act as auxiliaries. */
    private static final Set<String> AUX_VERBS = Set.of("has", "have", "had", "did", "does", "do");

    private final Document doc;
    private final List<Token> toks;
    private final QuoteIndex quotes;
    private final Propositions props;
    private final Lexicon lex = Lexicon.get();
    private final QuoteRuns runs;
    private final SourcelessCues sourceless;
    private final QuoteCredits credits;

    VerbCues(Document doc, QuoteIndex quotes, Propositions props) {
        this.doc = doc;
        this.toks = doc.tokens();
        this.quotes = quotes;
        this.props = props;
        this.runs = new QuoteRuns(doc, quotes);
        this.sourceless = new SourcelessCues(doc, quotes, props);
        this.credits = new QuoteCredits(doc);
    }

    /** The claim whose cue is token {@code k} of sentence {@code s}, or null. */
    Draft at(Sentence s, int k) {
        Token cueTok = toks.get(k);
        Lexicon.CueEntry cue = lex.verb(cueTok.lower());
        if (cue == null) {
            cue = QuoteCredits.thatClauseCue(toks, k, s.endToken());
        }
        if (cue == null || !verbal(s, k) || quotes.inside(cueTok.from()) != null) {
            return null;
        }
        int sf = s.firstToken();
        int se = s.endToken();
        if (k > sf && toks.get(k - 1).lower().equals("to")) {
            return null; // "refused to reveal", "plans to announce": an intention, not a statement
        }
        if (k > sf && PERFECT_AUX.contains(toks.get(k - 1).lower()) && cueTok.lower().endsWith("s")
                && !cueTok.lower().endsWith("ss")) {
            return null; // "Apple has plans to …": a noun after "has" (a participle never ends in -s)
        }
        if (cue.asksQuestion() && cueTok.lower().equals("asked")
                && (k == sf || ASKED_OPENERS.contains(toks.get(k - 1).lower()))) {
            return sourceless.askedWithoutAsker(s, k, cueTok, cue); // "Asked whether he would run, Ryan said …"
        }
        Left left = left(k, sf);
        if (left == null) {
            Draft expected = sourceless.expectedPassive(s, k, cueTok, cue);
            return expected != null ? expected : passiveWithAgent(s, k, cueTok, cue); // "was first reported by The Post"
        }
        boolean negated = left.negated();
        int j = left.j();
        NounPhrases.Np speaker = null;
        int attrFrom;
        int attrTo = k + 1; // token range of the attribution (speaker and cue), exclusive end
        boolean gerund = cueTok.lower().endsWith("ing");
        if (gerund && j > sf && Clauses.QUOTE_CLOSE.contains(toks.get(j).text()) && toks.get(j - 1).text().equals(",")) {
            speaker = mainSubject(j - 1, sf); // "Trump said things “should be wrapped up,” referring to …"
            attrFrom = k;
        } else if (j >= sf && toks.get(j).text().equals(",") && j > sf && Clauses.QUOTE_CLOSE.contains(toks.get(j - 1).text())
                || j >= sf && Clauses.QUOTE_CLOSE.contains(toks.get(j).text())) {
            speaker = NounPhrases.startingAt(toks, k + 1, se); // "“…,” said Angers"
            if (speaker == null) {
                return null;
            }
            attrFrom = k;
            attrTo = speaker.last() + 1;
        } else if (gerund && j >= sf && GERUND_LINKS.contains(toks.get(j).lower())) {
            speaker = mainSubject(j, sf); // "X justified it by saying …", "X protested, claiming …"
            attrFrom = k;
        } else if (gerund && j >= sf && toks.get(j).lower().equals("as")) {
            speaker = NounPhrases.endingAt(toks, j - 1, sf); // "quoted Djamal as saying"
            attrFrom = k;
        } else if (!gerund && j > sf && COORDINATORS.contains(toks.get(j).lower())) {
            speaker = mainSubject(j, sf); // "The senator criticized the bill and said it would fail"
            attrFrom = k;
        } else if (gerund && j >= sf && toks.get(j).isVerb()) {
            return null; // "side-stepped announcing": the object of another verb
        } else {
            Subjects.Subject sub = Subjects.endingAt(toks, j, sf);
            if (sub == null && !gerund && !negated && j > sf && toks.get(j).text().equals(",")) {
                Draft inverted = invertedAfterClause(s, k, j, cueTok, cue); // "…, said Jeffrey N. Trimble, a senior official"
                if (inverted != null) {
                    return inverted;
                }
            }
            if (sub == null && !gerund && j >= sf && OPENING_LEFT.contains(toks.get(j).tag())
                    && !(cue.belief() && k + 1 < se && toks.get(k + 1).lower().equals("to"))) { // "have agreed to buy": a decision
                sub = Subjects.openingClause(toks, j, sf); // "Sen. Roy Blunt (R-Mo.), facing a challenge, noted"
            }
            speaker = sub == null ? null : sub.speaker();
            attrFrom = sub == null ? k : sub.from();
        }
        if (speaker == null || cue.notAfterIndefinite() && namingUse(speaker, k)) {
            return null;
        }
        if (cue.impression()) {
            return sourceless.impression(s, attrFrom, k, cueTok, cue, negated);
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, speaker);
        int spFrom = toks.get(shown.first()).from();
        int spTo = toks.get(shown.last()).to();

        // direct: a quote just before the attribution, perhaps resumed just after it
        Quotes.Quote before = quotes.endingBefore(toks.get(attrFrom).from());
        if (before != null && doc.sentenceAt(before.close() - 1) < s.index() && runs.endsSentence(before)
                && !credits.questionThenAttribution(before, attrFrom, attrTo, s)) {
            before = null; // "… policy.'' The network said it would …": the quote closed the sentence before
        }
        if (before != null && credits.titleInClause(before, sf)) {
            before = null; // "Sunday on Fox News Channel’s “Hannity,” Newt Gingrich said …": a show's name
        }
        if (before != null && !negated && !(gerund && attrFrom == k)) { // "…,” referring to X": X is the content
            Quotes.Quote after = quotes.startingAfter(toks.get(attrTo - 1).to());
            int to = after != null && hasCommaBetween(toks.get(attrTo - 1).to(), after.open()) ? after.innerTo() : before.innerTo();
            if (after == null) {
                after = runs.resumedAfterAside(attrTo, se); // "“…,” Tester said, referring to X, “…”"
                to = after != null ? after.innerTo() : to;
            }
            if (after == null) {
                Quotes.Quote next = runs.continuation(attrTo, se);
                to = next == null ? to : next.innerTo();
            }
            return draft(ClaimKind.DIRECT, spFrom, spTo, shown.pronoun(), cueTok, cue, before.innerFrom(), to, s, false);
        }
        // "The museum, Mr. Obama said, would make visitors face …": the attribution inside its proposition
        if (!negated && !gerund && attrFrom < k && attrFrom > sf + 1 && attrTo + 1 < se && toks.get(attrFrom - 1).text().equals(",")
                && toks.get(attrTo).text().equals(",") && quotes.startingAfter(toks.get(attrTo).to()) == null) {
            int from = Clauses.trimStart(toks, sf, attrFrom);
            from = from >= attrFrom - 1 ? attrTo + 1 : from; // "However, he said, …": only what follows
            int to = Clauses.trimEnd(toks, from, props.end(attrTo + 1, se));
            if (to > attrTo + 1) {
                return draft(ClaimKind.INDIRECT, spFrom, spTo, shown.pronoun(), cueTok, cue, toks.get(from).from(),
                        toks.get(to - 1).to(), s, false);
            }
        }
        // look right for "that", a colon or comma before a quote, over time words and "in a statement"
        int limit = Math.min(se, attrTo + 12);
        for (int i = attrTo; i < limit; i++) {
            Token t = toks.get(i);
            String w = t.lower();
            if (w.equals(":") || w.equals(",") || Clauses.QUOTE_OPEN.contains(t.text()) && i == attrTo) {
                Quotes.Quote q = quotes.startingAfter(t.text().equals(",") || w.equals(":") ? t.to() : t.from());
                if (q != null && !negated) {
                    return draft(ClaimKind.DIRECT, spFrom, spTo, shown.pronoun(), cueTok, cue, q.innerFrom(), q.innerTo(), s, false);
                }
                if (w.equals(",") && i > attrTo && settingBefore(attrTo, i)) {
                    continue; // "says at a campaign stop in Toledo, Ohio, that …": a place or time, then the content
                }
                break;
            }
            if (w.equals("that") && (i == attrTo || !t.tag().equals("DET") || i + 1 < se && !toks.get(i + 1).tag().equals("NOUN"))) {
                return indirect(s, i + 1, spFrom, spTo, shown.pronoun(), cueTok, cue, negated);
            }
            if (t.isVerb() || t.isPunctuation()) {
                break;
            }
        }
        // an attribution after its proposition: "…, Apple announced this morning."
        int rest = skipTime(attrTo, se);
        boolean particle = rest < se && cue.particle(toks.get(rest).lower());
        if (particle) {
            rest++; // "called for", "pointed out": the particle belongs to the cue
        } else if (cue.needsParticle()) {
            return null;
        }
        if (cue.takesObject()) {
            // "told The Huffington Post, US ozone has dropped": the hearer is not part of what was said
            NounPhrases.Np hearer = NounPhrases.startingAt(toks, rest, se);
            if (hearer != null) {
                rest = skipTime(hearer.last() + 1, se);
                if (rest < se && toks.get(rest).text().equals(",")) {
                    rest++;
                }
            }
        }
        // "…, official data showed, adding to pressure …": a comma after the cue closes the attribution
        boolean inserted = rest < se && toks.get(rest).text().equals(",") && attrFrom > sf && toks.get(attrFrom - 1).text().equals(",");
        if (Clauses.trimEnd(toks, rest, se) == rest || (participleAfterComma(rest, se) || inserted) && !particle) {
            if (attrFrom > sf && toks.get(attrFrom - 1).text().equals(",") && !negated) {
                int from = Clauses.trimStart(toks, sf, attrFrom - 1);
                if (from < attrFrom - 1) {
                    return draft(ClaimKind.INDIRECT, spFrom, spTo, shown.pronoun(), cueTok, cue,
                            toks.get(from).from(), toks.get(Clauses.trimEnd(toks, from, attrFrom - 1) - 1).to(), s, false);
                }
            }
            return null;
        }
        if (negated) {
            return null; // "did not say whether", "has not revealed how many": nothing was stated
        }
        if (cue.needsMarkedContent() || !particle && toks.get(rest).tag().equals("ADP")
                || cue.needsDocumentSource() && !hasDocumentNoun(speaker)) {
            return null; // "tweeted about their experience": a topic, not a proposition; "police found a car"
        }
        return indirect(s, rest, spFrom, spTo, shown.pronoun(), cueTok, cue, false);
    }

    /**
     * "a group called the X", "a self-described socialist", "backed by": the verb names or qualifies a noun; its
     * subject is an indefinite phrase or the verb follows its noun with nothing reporting about it.
     */
    private boolean namingUse(NounPhrases.Np speaker, int k) {
        String first = toks.get(speaker.first()).lower();
        String before = speaker.first() > 0 ? toks.get(speaker.first() - 1).lower() : "";
        return first.equals("a") || first.equals("an") || before.equals("what") || k + 1 < toks.size() && toks.get(k + 1).lower().equals("by")
                || k > 0 && toks.get(k - 1).text().equals("-");
    }

    /** True when tokens [from, to) are a prepositional setting: "at a campaign stop in Toledo", "on Tuesday". */
    private boolean settingBefore(int from, int to) {
        if (!toks.get(from).tag().equals("ADP") && !lex.isTimeWord(toks.get(from).lower())) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.isVerb() || t.tag().equals("AUX") || t.tag().equals("PRON")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The registration issue was first reported by The Washington Post", "Oz has been called a charlatan by
     * fellow physicians": a passive cue whose agent follows "by" is the agent's claim about the clause before it.
     * Only past participles after a form of "be" (no modal, no future: "could be expected" is a hypothetical).
     */
    private Draft passiveWithAgent(Sentence s, int k, Token cueTok, Lexicon.CueEntry cue) {
        int sf = s.firstToken();
        int se = s.endToken();
        if (cueTok.lower().endsWith("ing") || cue.belief() || k == sf) {
            return null;
        }
        boolean be = false;
        for (int j = k - 1; j >= Math.max(sf, k - 4); j--) {
            String w = toks.get(j).lower();
            if (FUTURE.contains(w) || MODAL.contains(w) || NEGATION.contains(w)) {
                return null;
            }
            be |= BE.contains(w);
        }
        int by = k + 1;
        while (by < Math.min(se, k + 7) && !toks.get(by).lower().equals("by")) {
            if (toks.get(by).isVerb() || toks.get(by).isPunctuation()) {
                return null;
            }
            by++;
        }
        if (!be || by >= Math.min(se, k + 7)) {
            return null;
        }
        NounPhrases.Np agent = NounPhrases.startingAt(toks, by + 1, se);
        int from = Clauses.trimStart(toks, sf, k);
        if (agent == null || agent.pronoun() || lex.isTimeWord(toks.get(agent.first()).lower()) || from >= k) {
            return null;
        }
        String head = toks.get(agent.last()).lower();
        if (!NounPhrases.hasName(toks, agent, sf) && !lex.isDocument(head) && !head.endsWith("s")) {
            return null; // "explained by great demand": a cause, not a source
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, agent);
        return draft(ClaimKind.INDIRECT, toks.get(shown.first()).from(), toks.get(shown.last()).to(), false, cueTok, cue,
                toks.get(from).from(), toks.get(by - 1).to(), s, false);
    }

    /**
     * "amounting to what the senators said was economic gerrymandering": a free relative — the claim is the
     * clause from "what" on, with its verb after the cue. Any other content that opens with a finite verb lacks
     * its subject ("the 95% the WHO says is needed") and the sentence is the writer's.
     */
    /** Words before a speaker whose cue's content lacks its subject: a free relative or a relative pronoun. */
    /** How far a comma closing a relative insert is looked for, in tokens. */
    private static final int INSERT_SCAN = 60;
    static final Set<String> GAP_OPENERS = Set.of("what", "which", "that", "who", "whom");

    private Draft whatClause(Sentence s, int from, int spFrom, int spTo, boolean pronoun, Token cueTok,
                             Lexicon.CueEntry cue, boolean negated) {
        int what = TokenSearch.firstStartingFrom(toks, spFrom) - 1;
        if (negated || what < s.firstToken() || !GAP_OPENERS.contains(toks.get(what).lower())) {
            return null;
        }
        int stop = props.end(from, s.endToken());
        if (what > s.firstToken() && toks.get(what - 1).text().equals(",")) {
            // "The policy changes, which officials said will go into effect soon, will not apply": the insert ends at its comma
            for (int i = from; i < Math.min(stop, from + INSERT_SCAN); i++) {
                if (toks.get(i).text().equals(",")) {
                    stop = i;
                    break;
                }
            }
        }
        int to = Clauses.trimEnd(toks, from, stop);
        if (to <= from) {
            return null;
        }
        return draft(ClaimKind.INDIRECT, spFrom, spTo, pronoun, cueTok, cue, toks.get(what).from(), toks.get(to - 1).to(), s, false);
    }

    /** "Video of the incident shows", "A USA TODAY analysis of super PACs shows": a document noun in the subject. */
    private boolean hasDocumentNoun(NounPhrases.Np np) {
        for (int i = np.first(); i <= np.last(); i++) {
            if (lex.isDocument(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean participleAfterComma(int i, int se) {
        return i + 1 < se && toks.get(i).text().equals(",") && toks.get(i + 1).isVerb() && toks.get(i + 1).lower().endsWith("ing");
    }

    /** True when token {@code k} is used as a verb: so tagged, or a noun form between a subject and its object. */
    private boolean verbal(Sentence s, int k) {
        Token t = toks.get(k);
        if (t.isVerb()) {
            return true;
        }
        if (!t.tag().equals("NOUN") || k == s.firstToken() || k + 1 >= s.endToken() || t.isCapitalised()) {
            return false;
        }
        Token prev = toks.get(k - 1);
        Token next = toks.get(k + 1);
        boolean subjectBefore = NounPhrases.nounLike(toks, k - 1) && !NounPhrases.isPossessive(prev);
        boolean objectAfter = next.lower().equals("that") || next.tag().equals("PART") && next.lower().equals("to")
                || OBJECT_OPENING_TAGS.contains(next.tag());
        return subjectBefore && objectAfter;
    }

    private Draft indirect(Sentence s, int from, int spFrom, int spTo, boolean pronoun, Token cueTok,
                           Lexicon.CueEntry cue, boolean negated) {
        int se = s.endToken();
        boolean question = cue.asksQuestion();
        boolean afterThat = from > 0 && toks.get(from - 1).lower().equals("that"); // "worry that turnout/VERB …": a tagger slip
        // "said that if people are offended, …": after "that", "if" and "when" open a condition, not a question
        boolean wh = Clauses.WH_COMPLEMENT.contains(toks.get(Math.min(from, se - 1)).lower()) && !(afterThat && CONDITION_OPENERS.contains(toks.get(from).lower()));
        if (from < se && !afterThat && subjectGap(toks.get(from))) {
            return whatClause(s, from, spFrom, spTo, pronoun, cueTok, cue, negated); // "what the senators said was …"
        }
        if (from >= se || !question && wh) {
            return null;
        }
        int stop = props.end(from, se);
        int who = TokenSearch.firstStartingFrom(toks, spFrom);
        if (who > s.firstToken() && toks.get(who).lower().equals("who") && toks.get(who - 1).text().equals(",")) {
            // "Mayor Okafor, who had threatened to veto the draft, called it …": the insert ends at its comma
            for (int i = from; i < Math.min(stop, from + 60); i++) { // bounded: an insert is short
                if (toks.get(i).text().equals(",")) {
                    stop = i;
                    break;
                }
            }
        }
        int end = Clauses.trimEnd(toks, from, stop);
        if (end <= from || !question && props.hasQuestion(from, stop) && quotes.inside(toks.get(stop - 1).from()) == null) {
            return null; // nothing said, or a question
        }
        int cFrom = toks.get(from).from();
        int cTo = toks.get(end - 1).to();
        ClaimKind kind = ClaimKind.INDIRECT;
        if (cue.belief()) {
            kind = ClaimKind.BELIEF; // "Democrats worry …", "X wants …": a position, kept apart from statements
        } else if (quotes.anyWithin(cFrom, cTo)) {
            kind = ClaimKind.MIXED;
        }
        return draft(kind, spFrom, spTo, pronoun, cueTok, cue, cFrom, cTo, s, negated);
    }

    private int skipTime(int i, int se) {
        return Clauses.skipTime(toks, i, se);
    }

    /** What stands left of a verb once adverbs, auxiliaries, negation and time words are passed. */
    private record Left(int j, boolean negated) {
    }

    /** The token left of verb {@code k} past its adverbs and auxiliaries, or null for a passive or future verb. */
    private Left left(int k, int sf) {
        boolean negated = false;
        int j = k - 1;
        for (; j >= Math.max(sf, k - NounPhrases.MAX_TOKENS); j--) {
            Token t = toks.get(j);
            String w = t.lower();
            if (NEGATION.contains(w)) {
                negated = true;
            } else if (t.tag().equals("AUX") || (t.tag().equals("VERB") && AUX_VERBS.contains(w))) {
                boolean progressive = BE.contains(w) && toks.get(k).lower().endsWith("ing") && !beliefCue(k); // "is calling for"
                if (!progressive && (BE.contains(w) || FUTURE.contains(w) || MODAL.contains(w))) {
                    return null; // "is thought", "is expected", "will announce", "would call"
                }
            } else if (t.tag().equals("ADV") || lex.isTimeWord(w) || (t.isNumber() && j > sf && lex.isTimeWord(toks.get(j - 1).lower()))
                    || (TIME_PREPS.contains(w) && j + 1 < k && lex.isTimeWord(toks.get(j + 1).lower()))) {
                continue;
            } else {
                break;
            }
        }
        return new Left(j, negated);
    }


    private boolean beliefCue(int k) {
        Lexicon.CueEntry c = lex.verb(toks.get(k).lower());
        return c != null && c.belief();
    }

    /** The subject of the finite verb before token {@code j}: "Boeing" in "Boeing challenged the award, claiming". */
    private NounPhrases.Np mainSubject(int j, int sf) {
        for (int v = j - 1; v > Math.max(sf, j - 40); v--) {
            Token t = toks.get(v);
            if (t.tag().equals("VERB") && !t.lower().endsWith("ing")) {
                Left left = left(v, sf);
                if (left != null && left.j() >= sf) {
                    Subjects.Subject sub = Subjects.endingAt(toks, left.j(), sf);
                    if (sub != null) {
                        return sub.speaker();
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Moves against the stations led to their removal, said Jeffrey N. Trimble, a senior official": a speaker
     * after the cue, the proposition the clause before the comma.
     */
    private Draft invertedAfterClause(Sentence s, int k, int comma, Token cueTok, Lexicon.CueEntry cue) {
        int se = s.endToken();
        NounPhrases.Np np = NounPhrases.startingAt(toks, k + 1, se);
        if (np == null || np.pronoun() || quotes.endingBefore(toks.get(comma).from()) != null) {
            return null;
        }
        int after = np.last() + 1;
        // "said former Gov. Bill Richardson of New Mexico, …", "said lobbyist and GOP strategist Charlie Black":
        // a complement or a second title belongs to the speaker
        for (int hop = 0; hop < SPEAKER_COMPLEMENTS_MAX && after < se && SPEAKER_LINKS.contains(toks.get(after).lower()); hop++) {
            NounPhrases.Np more = NounPhrases.startingAt(toks, after + 1, se);
            if (more == null || more.pronoun()) {
                break;
            }
            if (toks.get(after).lower().equals("and")) {
                np = new NounPhrases.Np(np.first(), more.last(), false);
            }
            after = more.last() + 1;
        }
        if (after < Clauses.trimEnd(toks, after, se) && !toks.get(after).text().equals(",")) {
            return null; // "…, said the words aloud": the sentence goes on
        }
        int from = Clauses.trimStart(toks, s.firstToken(), comma);
        int to = Clauses.trimEnd(toks, from, comma);
        if (to <= from || !hasFiniteVerb(Math.max(from, to - 40), to)) { // bounded look-back
            return null;
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, np);
        return draft(cue.belief() ? ClaimKind.BELIEF : ClaimKind.INDIRECT, toks.get(shown.first()).from(),
                toks.get(shown.last()).to(), false, cueTok, cue, toks.get(from).from(), toks.get(to - 1).to(), s, false);
    }

    private boolean hasFiniteVerb(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.tag().equals("AUX") || t.isVerb() && !t.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the 95% the WHO says is needed": a content that opens with a finite verb lacks its subject, which
     * stands before the cue; the cue sits in a relative clause and the sentence is the writer's.
     */
    private static boolean subjectGap(Token first) {
        // a finite verb form; a bare "praise/VERB" opening the content is the tagger's slip on a noun
        String w = first.lower();
        return first.tag().equals("AUX") || first.tag().equals("VERB") && (w.endsWith("s") || w.endsWith("ed"));
    }

    private static boolean hasCommaBetween(int from, int to) {
        return to > from;
    }

    private Draft draft(ClaimKind kind, int spFrom, int spTo, boolean pronoun, Token cueTok, Lexicon.CueEntry cue,
                        int cFrom, int cTo, Sentence s, boolean negated) {
        if (cTo <= cFrom) {
            return null;
        }
        return new Draft(kind, spFrom, spTo, pronoun, cueTok.from(), cueTok.to(), cue, cFrom, cTo, s.index(), negated);
    }
}
