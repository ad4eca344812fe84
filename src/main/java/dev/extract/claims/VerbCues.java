package dev.extract.claims;

import dev.extract.text.Quotations;
import dev.extract.text.QuoteIndex;
import dev.extract.text.NounPhrases;
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
    /** Words that open a condition around an attribution: "If the company announced job cuts, …". */
    private static final Set<String> HYPOTHETICAL = Lexicon.get().words(WordSet.HYPOTHETICAL);
    /** Tags of the token before a cue after which the clause's opening phrase may be its subject. */
    private static final Set<String> OPENING_LEFT = Set.of("PUNCT", "NOUN", "PROPN", "ADV", "NUM");
    /** Words that open "Asked whether …" as a clause with no asker. */
    private static final Set<String> ASKED_OPENERS = Lexicon.get().words(WordSet.ASKED_OPENERS);
    /** What joins a gerund cue to the clause whose subject speaks ("by saying", ", claiming"). */
    private static final Set<String> GERUND_LINKS = Lexicon.get().words(WordSet.GERUND_LINKS);
    /** Prepositions that open an absolute phrase whose subject speaks ("with 30 percent saying …"). */
    private static final Set<String> ABSOLUTE_OPENERS = Lexicon.get().words(WordSet.ABSOLUTE_OPENERS);
    /** The longest subject of an absolute phrase looked through, in tokens ("with three in 10 voters"). */
    private static final int ABSOLUTE_SUBJECT_MAX = 10;
    /** Coordinators that join a second verb to its subject's first. */
    private static final Set<String> COORDINATORS = Lexicon.get().words(WordSet.COORDINATORS);
    /** Indefinite articles: after one a cue verb names rather than reports ("a group called X"). */
    private static final Set<String> INDEFINITE = Lexicon.get().words(WordSet.INDEFINITE);
    /** How far right of the attribution "that", a colon or a quote is looked for, in tokens. */
    private static final int MARKER_REACH = 12;

    private final Document doc;
    private final List<Token> toks;
    private final QuoteIndex quotes;
    private final Propositions props;
    private final Lexicon lex = Lexicon.get();
    private final QuoteRuns runs;
    private final SourcelessCues sourceless;
    private final QuoteCredits credits;
    private final VerbGroup group;
    private final PassiveAgents passives;
    private final PostposedSpeakers postposed;
    private final IndirectContent indirects;
    private final SubordinateCues subordinates;
    private final ReportingCues cues;
    private final InsertedAttributions inserts;

    VerbCues(Document doc, QuoteIndex quotes, Propositions props) {
        this.doc = doc;
        this.toks = doc.tokens();
        this.quotes = quotes;
        this.props = props;
        this.runs = new QuoteRuns(doc, quotes);
        this.sourceless = new SourcelessCues(doc, quotes, props);
        this.credits = new QuoteCredits(doc);
        this.group = new VerbGroup(toks);
        this.passives = new PassiveAgents(toks);
        this.postposed = new PostposedSpeakers(toks, quotes);
        this.indirects = new IndirectContent(toks, quotes, props);
        this.subordinates = new SubordinateCues(toks, props);
        this.cues = new ReportingCues(toks, quotes);
        this.inserts = new InsertedAttributions(toks, quotes, props, credits);
    }

    /**
     * Who speaks and the token range [from, to) of the attribution (speaker and cue); {@code done} is a claim
     * already found by reading the speaker (a post-posed one), else null.
     */
    private record Attribution(NounPhrases.Np speaker, int from, int to, Draft done) {
    }

    /** The claim whose cue is token {@code k} of sentence {@code s}, or null. */
    Draft at(Sentence s, int k) {
        Token cueTok = toks.get(k);
        Lexicon.CueEntry cue = cues.at(s, k);
        if (cue == null) {
            return null;
        }
        int sf = s.firstToken();
        if (cue.asksQuestion() && cueTok.lower().equals("asked")
                && (k == sf || ASKED_OPENERS.contains(toks.get(k - 1).lower()))) {
            return sourceless.askedWithoutAsker(s, k, cueTok, cue); // "Asked whether he would run, Ryan said …"
        }
        VerbGroup.Left left = group.left(k, sf);
        if (left == null) {
            Draft expected = sourceless.expectedPassive(s, k, cueTok, cue);
            return expected != null ? expected : passives.at(s, k, cueTok, cue); // "was first reported by The Post"
        }
        CueSite site = new CueSite(s, k, cueTok, cue, left.negated(), cueTok.lower().endsWith("ing"));
        Attribution a = attribution(site, left.j());
        if (a == null || a.done() != null) {
            return a == null ? null : a.done();
        }
        if (cue.notAfterIndefinite() && namingUse(a.speaker(), k)
                || a.from() > sf && HYPOTHETICAL.contains(toks.get(a.from() - 1).lower())) {
            return null; // "If the company announced job cuts, …": a hypothetical, nothing was said
        }
        if (cue.impression()) {
            return sourceless.impression(s, a.from(), k, cueTok, cue, left.negated());
        }
        return content(site, a);
    }

    /** The speaker of the cue and the attribution's extent, read from token {@code j} left of the verb group. */
    private Attribution attribution(CueSite c, int j) {
        int k = c.k();
        int sf = c.s().firstToken();
        int se = c.s().endToken();
        NounPhrases.Np speaker;
        Subjects.Subject insert = c.gerund() ? null : Subjects.quotedInsert(toks, j, sf);
        if (insert != null) {
            return new Attribution(insert.speaker(), insert.from(), k + 1, null); // "Humphrey, who calls Trump a “sociopath,” said"
        }
        if (c.gerund() && j > sf && Clauses.QUOTE_CLOSE.contains(toks.get(j).text()) && toks.get(j - 1).text().equals(",")) {
            speaker = group.mainSubject(j - 1, sf); // "Trump said things “should be wrapped up,” referring to …"
        } else if (j >= sf && toks.get(j).text().equals(",") && j > sf && Clauses.QUOTE_CLOSE.contains(toks.get(j - 1).text())
                || j >= sf && Clauses.QUOTE_CLOSE.contains(toks.get(j).text())) {
            speaker = Lexicon.PHRASES.startingAt(toks, k + 1, se); // "“…,” said Angers"
            return speaker == null ? null : new Attribution(speaker, k, speaker.last() + 1, null);
        } else if (c.gerund() && j >= sf && GERUND_LINKS.contains(toks.get(j).lower())) {
            speaker = group.mainSubject(j, sf); // "X justified it by saying …", "X protested, claiming …"
        } else if (c.gerund() && j >= sf && toks.get(j).lower().equals("as")) {
            speaker = Lexicon.PHRASES.endingAt(toks, j - 1, sf); // "quoted Djamal as saying"
        } else if (!c.gerund() && j > sf && COORDINATORS.contains(toks.get(j).lower())) {
            speaker = group.mainSubject(j, sf); // "The senator criticized the bill and said it would fail"
        } else if (c.gerund() && (speaker = absoluteSubject(j, sf)) != null) {
            return new Attribution(speaker, speaker.first(), k + 1, null); // "with 30 percent of voters saying they …"
        } else if (c.gerund() && j >= sf && toks.get(j).isVerb()) {
            return null; // "side-stepped announcing": the object of another verb
        } else {
            return subjectBefore(c, j);
        }
        return speaker == null ? null : new Attribution(speaker, k, k + 1, null);
    }

    /**
     * The subject of an absolute phrase ending at token {@code j}, right before a gerund cue: "with 30 percent of
     * voters saying", "with Sen. John McCain calling it …"; from the word after "with" to {@code j}, or null.
     */
    private NounPhrases.Np absoluteSubject(int j, int sf) {
        String last = j >= sf ? toks.get(j).tag() : "";
        if (!last.equals("NOUN") && !last.equals("PROPN") && !last.equals("NUM") || NounPhrases.isPossessive(toks.get(j))) {
            return null; // "this crowd after questioning", "terrorists bent on attacking": no subject right before the cue
        }
        for (int w = j - 1; w >= sf && w >= j - ABSOLUTE_SUBJECT_MAX; w--) {
            Token t = toks.get(w);
            if (ABSOLUTE_OPENERS.contains(t.lower())) {
                NounPhrases.Np np = Lexicon.PHRASES.startingAt(toks, w + 1, j + 1);
                boolean count = w + 1 < j && toks.get(w + 1).isNumber(); // "with three in 10 saying"
                return (np == null || np.pronoun() || np.first() != w + 1) && !count ? null : new NounPhrases.Np(w + 1, j, false);
            }
            boolean abbreviation = t.text().equals(".") && w > sf && toks.get(w - 1).isCapitalised() && toks.get(w - 1).to() == t.from(); // "Sen."
            if (t.isPunctuation() && !abbreviation || t.isVerb() || t.tag().equals("AUX")) {
                return null;
            }
        }
        return null;
    }

    /** The subject phrase ending at token {@code j}, or a post-posed speaker after a clause and its comma. */
    private Attribution subjectBefore(CueSite c, int j) {
        int k = c.k();
        int sf = c.s().firstToken();
        int se = c.s().endToken();
        Subjects.Subject sub = Subjects.endingAt(toks, j, sf);
        if (sub == null && !c.gerund() && !c.negated() && j > sf && toks.get(j).text().equals(",")) {
            Draft inverted = postposed.at(c.s(), k, j, c.tok(), c.cue()); // "…, said Jeffrey N. Trimble, a senior official"
            if (inverted != null) {
                return new Attribution(null, k, k + 1, inverted);
            }
        }
        if (sub == null && !c.gerund() && j >= sf && OPENING_LEFT.contains(toks.get(j).tag())
                && !(c.cue().belief() && k + 1 < se && toks.get(k + 1).lower().equals("to"))) { // "have agreed to buy": a decision
            sub = Subjects.openingClause(toks, j, sf); // "Sen. Roy Blunt (R-Mo.), facing a challenge, noted"
        }
        return sub == null ? null : new Attribution(sub.speaker(), sub.from(), k + 1, null);
    }

    /** What the speaker said: a quote around the attribution, a marked content right of it, or the clause before. */
    private Draft content(CueSite c, Attribution a) {
        NounPhrases.Np shown = NounPhrases.nameCore(toks, a.speaker());
        SpeakerSpan sp = new SpeakerSpan(toks.get(shown.first()).from(), toks.get(shown.last()).to(), shown.pronoun());
        Quotations.Quote before = quoteBefore(c, a);
        if (before != null && !c.negated() && !(c.gerund() && a.from() == c.k())) { // "…,” referring to X": X is the content
            return quoteAround(c, a, sp, before);
        }
        if (inserts.at(c, a.from(), a.to())) {
            Draft inserted = inserts.read(c, a.from(), a.to(), sp);
            if (inserted != null) {
                return inserted;
            }
        }
        int marker = marker(c, a.to());
        if (marker >= 0) {
            Token t = toks.get(marker);
            if (t.lower().equals("that")) {
                return subordinates.clip(c, a.from(), indirects.read(c, marker + 1, sp, c.negated()));
            }
            Quotations.Quote q = quotes.startingAfter(t.text().equals(",") || t.lower().equals(":") ? t.to() : t.from());
            if (marker == a.to() && credits.wordsFollow(q, c.s().endToken())) {
                // "says “the wind is at our backs” despite his loss": a quoted fragment opening the reported clause
                return subordinates.clip(c, a.from(), indirects.read(c, marker, sp, false));
            }
            return c.draft(ClaimKind.DIRECT, sp, q.innerFrom(), q.innerTo(), false);
        }
        Draft asClause = subordinates.asClause(c, a.from(), a.to(), sp); // "As the Post noted, Republicans now control …"
        return asClause != null ? asClause : subordinates.clip(c, a.from(), unmarked(c, a, sp));
    }

    /** The quote just before the attribution whose words it credits, or null. */
    private Quotations.Quote quoteBefore(CueSite c, Attribution a) {
        Sentence s = c.s();
        Quotations.Quote before = quotes.endingBefore(toks.get(a.from()).from());
        if (before != null && doc.sentenceAt(before.close() - 1) < s.index() && runs.endsSentence(before)
                && !credits.questionThenAttribution(before, a.from(), a.to(), s)) {
            return null; // "… policy.'' The network said it would …": the quote closed the sentence before
        }
        if (before != null && credits.titleInClause(before, s.firstToken())) {
            return null; // "Sunday on Fox News Channel’s “Hannity,” Newt Gingrich said …": a show's name
        }
        return before;
    }

    /** Direct: a quote just before the attribution, perhaps resumed just after it. */
    private Draft quoteAround(CueSite c, Attribution a, SpeakerSpan sp, Quotations.Quote before) {
        int se = c.s().endToken();
        int attrTo = a.to();
        Quotations.Quote after = quotes.startingAfter(toks.get(attrTo - 1).to());
        int to = after != null && hasCommaBetween(toks.get(attrTo - 1).to(), after.open()) ? after.innerTo() : before.innerTo();
        if (after == null) {
            after = runs.resumedAfterAside(attrTo, se); // "“…,” Tester said, referring to X, “…”"
            to = after != null ? after.innerTo() : to;
        }
        if (after == null) {
            Quotations.Quote next = runs.continuation(attrTo, se);
            to = next == null ? to : next.innerTo();
        }
        int fragment = credits.fragmentStart(before, c.s());
        if (fragment >= 0) {
            // "Trump's misinformation may be “strategic,” Hemsley said": the clause that quotes a word was said
            return c.draft(ClaimKind.MIXED, sp, toks.get(fragment).from(), to, false);
        }
        return c.draft(ClaimKind.DIRECT, sp, before.innerFrom(), to, false);
    }

    /**
     * The token right of the attribution that marks its content — "that", or a colon, comma or quotation mark
     * before a quote — looked for over time words and "in a statement"; -1 when there is none.
     */
    private int marker(CueSite c, int attrTo) {
        int se = c.s().endToken();
        int limit = Math.min(se, attrTo + MARKER_REACH);
        for (int i = attrTo; i < limit; i++) {
            Token t = toks.get(i);
            String w = t.lower();
            if (w.equals(":") || w.equals(",") || Clauses.QUOTE_OPEN.contains(t.text()) && i == attrTo) {
                Quotations.Quote q = quotes.startingAfter(t.text().equals(",") || w.equals(":") ? t.to() : t.from());
                if (q != null && !c.negated()) {
                    return i;
                }
                if (w.equals(",") && i > attrTo && Clauses.settingBefore(toks, attrTo, i)) {
                    continue; // "says at a campaign stop in Toledo, Ohio, that …": a place or time, then the content
                }
                return -1;
            }
            if (w.equals("that") && i == attrTo && i + 1 < se && toks.get(i + 1).tag().equals("AUX")) {
                return -1; // "say that is just a rough patch": "that" is the content's subject, not its marker
            }
            if (w.equals("that") && (i == attrTo || !t.tag().equals("DET") || i + 1 < se && !toks.get(i + 1).tag().equals("NOUN"))) {
                // "says a violent hit that used to be …": "that" and a verb right after an object phrase open its
                // relative clause ("rejected the claim that she had lied" is a complement); after a setting ("says at a stop in Toledo that") or a hearer ("told reporters that") it marks the content
                return i > attrTo && !c.cue().takesObject() && Clauses.objectPhrase(toks, attrTo, i) && Clauses.verbAt(toks, i + 1, se) ? -1 : i;
            }
            if (t.isVerb() || t.isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /** An unmarked content after the cue ("X announced the deal was off"), or an attribution after its proposition. */
    private Draft unmarked(CueSite c, Attribution a, SpeakerSpan sp) {
        int sf = c.s().firstToken();
        int se = c.s().endToken();
        Lexicon.CueEntry cue = c.cue();
        int rest = skipTime(a.to(), se);
        int past = cue.pastParticle(toks, rest, se);
        boolean particle = past > rest;
        if (particle) {
            rest = past; // "called for", "pointed out", "made it clear": the particle belongs to the cue
        } else if (cue.needsParticle()) {
            return null;
        }
        if (cue.takesObject()) {
            rest = pastHearer(rest, se); // "told The Huffington Post, US ozone has dropped"
        }
        // "…, official data showed, adding to pressure …": a comma after the cue closes the attribution
        boolean inserted = rest < se && toks.get(rest).text().equals(",") && a.from() > sf && toks.get(a.from() - 1).text().equals(",");
        if (Clauses.trimEnd(toks, rest, se) == rest || (participleAfterComma(rest, se) || inserted) && !particle) {
            return clauseBefore(c, a, sp); // "…, Apple announced this morning."
        }
        if (c.negated()) {
            return null; // "did not say whether", "has not revealed how many": nothing was stated
        }
        if (!particle) {
            rest = Clauses.pastSetting(toks, rest, se); // "said in an interview he would win"
        }
        if (cue.needsMarkedContent() && !Clauses.pronounClauseAt(toks, rest, se) || !particle && toks.get(rest).tag().equals("ADP") && !Clauses.infinitiveAt(toks, rest, se)
                || cue.needsDocumentSource() && !hasDocumentNoun(a.speaker())) {
            // "tweeted about their experience": a topic, not a proposition; "police found a car"; but "adding he
            // would never vote for her" is a clause, and "planned to/ADP revitalize" an infinitive
            return null;
        }
        return indirects.read(c, rest, sp, false);
    }

    /** The first token past the hearer of "told The Huffington Post, …": the hearer is not part of what was said. */
    private int pastHearer(int rest, int se) {
        NounPhrases.Np hearer = Lexicon.PHRASES.startingAt(toks, rest, se);
        if (hearer != null) {
            rest = skipTime(hearer.last() + 1, se);
            if (rest < se && toks.get(rest).text().equals(",")) {
                rest++;
            }
        }
        return rest;
    }

    /** "…, Apple announced this morning.": the clause before the attribution and its comma. */
    private Draft clauseBefore(CueSite c, Attribution a, SpeakerSpan sp) {
        int sf = c.s().firstToken();
        int attrFrom = a.from();
        int comma = attrFrom - 1;
        if (comma > sf && Clauses.QUOTE_CLOSE.contains(toks.get(comma).text()) && toks.get(comma - 1).text().equals(",")) {
            comma--; // 'The new strategy is a "very welcome tack," he said.': a quoted phrase closes the clause
        }
        if (comma >= sf && toks.get(comma).text().equals(",") && !c.negated()) {
            int from = Clauses.trimStart(toks, sf, comma);
            if (from < comma) {
                int cFrom = toks.get(from).from();
                int cTo = toks.get(Clauses.trimEnd(toks, from, comma) - 1).to();
                ClaimKind kind = comma < attrFrom - 1 ? ClaimKind.MIXED : ClaimKind.INDIRECT;
                Quotations.Quote next = runs.continuation(a.to(), c.s().endToken());
                if (next != null) {
                    // "The administration may be reluctant to act, Schiff said. “The other factor is …”"
                    return c.draft(ClaimKind.MIXED, sp, cFrom, next.innerTo(), false);
                }
                return c.draft(kind, sp, cFrom, cTo, false);
            }
        }
        return null;
    }

    /**
     * "a group called the X", "a self-described socialist", "backed by": the verb names or qualifies a noun; its
     * subject is an indefinite phrase or the verb follows its noun with nothing reporting about it.
     */
    private boolean namingUse(NounPhrases.Np speaker, int k) {
        String first = toks.get(speaker.first()).lower();
        String before = speaker.first() > 0 ? toks.get(speaker.first() - 1).lower() : "";
        return INDEFINITE.contains(first) || before.equals("what") || k + 1 < toks.size() && toks.get(k + 1).lower().equals("by")
                || k > 0 && toks.get(k - 1).text().equals("-");
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

    private int skipTime(int i, int se) {
        return Clauses.skipTime(toks, i, se);
    }

    private static boolean hasCommaBetween(int from, int to) {
        return to > from;
    }
}
