package dev.extract.claims;

import dev.extract.text.Quotations;
import dev.extract.text.QuoteIndex;
import dev.extract.actors.Actor;
import dev.extract.text.Block;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Span;
import dev.extract.text.Token;
import dev.extract.text.TokenSearch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds attributed statements in the body of an article: reporting verbs with their subject and
 * that-clause or quote, "according to" phrases, cue nouns with an owner, and quoted paragraphs that carry
 * on the speaker before them. Speakers are resolved to {@code actors}. Stateless and thread-safe.
 */
public final class ClaimExtractor {
    /**
     * A claim inside the contents of this many others is dropped. Reported speech nests two or three deep;
     * a chain "A said that B said that …" with no full stop would otherwise give output quadratic in the input.
     */
    private static final int MAX_NESTING = 3;

    /** A cue with nothing said (an empty quotation: said “ ”, said “ ,) is no claim. */
    private static boolean hasContent(Document doc, Draft d) {
        int[] range = contentRange(doc, d);
        String text = doc.text();
        for (int i = range[0]; i < range[1]; i++) { // stops at the first letter: no copy of a long content
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Drafts in text order, without those nested deeper than {@link #MAX_NESTING}; linear time. */
    private static List<Draft> boundNesting(List<Draft> drafts) {
        List<Draft> kept = new ArrayList<>(drafts.size());
        List<Draft> open = new ArrayList<>(MAX_NESTING + 1); // kept drafts whose content is not over yet
        for (Draft d : drafts) {
            int at = d.position();
            open.removeIf(o -> o.contentTo() <= at);
            if (open.size() >= MAX_NESTING) {
                continue;
            }
            kept.add(d);
            open.add(d);
        }
        return kept;
    }

    /** The content's UTF-16 range without leading white space and a trailing comma. */
    private static int[] contentRange(Document doc, Draft d) {
        int to = trimTrailingComma(doc.text(), d.contentFrom(), d.contentTo());
        int from = d.contentFrom();
        while (from < to && Character.isWhitespace(doc.text().charAt(from))) {
            from++;
        }
        return new int[] {from, Math.max(from, to)};
    }

    public List<Claim> extract(Document doc, List<Actor> actors) {
        QuoteIndex quotes = doc.quotes(Quotations.Rules.NEWS);
        Propositions props = new Propositions(doc);
        CueFinders finders = new CueFinders(doc, quotes, props, ActorLookups.personOrOrganisationAt(doc, actors));
        List<Draft> drafts = new ArrayList<>();
        HeadlineCredits headlines = new HeadlineCredits(doc, ActorLookups.personNames(actors));
        for (Sentence s : doc.sentences()) {
            if (doc.block(s).kind() == Block.Kind.HEADLINE || titleLike(doc, s)) {
                Draft h = headlines.at(s); // only "Source: …" and "X Says …": other headline verbs report events
                if (h != null && hasContent(doc, h)) {
                    drafts.add(h);
                }
                continue;
            }
            if (doc.block(s).kind() != Block.Kind.BODY) {
                continue; // datelines date, page furniture is no article
            }
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Draft d = finders.at(s, k);
                if (d != null && (d.contentFrom() < 0 || hasContent(doc, d))) {
                    drafts.add(d);
                }
            }
        }
        drafts = withinContentCap(doc, withoutNestedBeliefs(withoutMediumSources(drafts)));
        drafts.addAll(floating(doc, quotes, drafts));
        drafts.sort(Comparator.comparingInt(Draft::position));
        List<Claim> out = new ArrayList<>(drafts.size());
        SpeakerResolver speakers = new SpeakerResolver(actors);
        for (Draft d : boundNesting(drafts)) {
            out.add(toClaim(doc, d, "c" + (out.size() + 1), speakers, props, quotes));
        }
        return out;
    }

    /**
     * "Stein said she plans to join …": a belief whose cue lies inside what another claim reports is part of that
     * report, not a position of its own (forecasts excepted); likewise "According to a report, an internal memo
     * showed …": the finding of a document inside an according-to claim is that source's account.
     */
    private static List<Draft> withoutNestedBeliefs(List<Draft> drafts) {
        List<Draft> reports = new ArrayList<>();
        List<Draft> accounts = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.kind() != ClaimKind.BELIEF) {
                reports.add(d);
            }
            if (d.kind() == ClaimKind.ACCORDING_TO) {
                accounts.add(d);
            }
        }
        ContentCover inReport = new ContentCover(reports);
        ContentCover inAccount = new ContentCover(accounts);
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            boolean nested = d.kind() == ClaimKind.BELIEF && !d.cue().forecast() && inReport.covers(d.cueFrom(), d.cueTo())
                    || d.cue() != null && d.cue().needsDocumentSource() && inAccount.covers(d.cueFrom(), d.cueTo());
            if (!nested) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * "In a letter to Congress, the FBI director said …": the document an "in" phrase names is the medium of the
     * cue verb inside its content, whose subject speaks; the according-to claim of the "in" phrase is dropped. One
     * sort and a binary search per "in" claim.
     */
    private static List<Draft> withoutMediumSources(List<Draft> drafts) {
        int[] verbCues = drafts.stream()
                .filter(d -> d.cue() != null && d.cue().pos() == CuePos.VERB && d.hasSpeaker() && d.kind() != ClaimKind.ACCORDING_TO)
                .mapToInt(Draft::cueFrom).sorted().toArray();
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if (d.kind() == ClaimKind.ACCORDING_TO && d.cue() != null && d.cue().lemma().equals("in") && d.contentFrom() >= 0) {
                int i = java.util.Arrays.binarySearch(verbCues, d.contentFrom());
                int at = i >= 0 ? i : -i - 1;
                if (at < verbCues.length && verbCues[at] < d.contentTo()) {
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    /** No reported proposition runs longer; a cap keeps the output linear when a "sentence" runs for pages. */
    private static final int MAX_CONTENT_TOKENS = 150;

    /**
     * Contents that are not quotes, cut to {@value #MAX_CONTENT_TOKENS} tokens: the ones before their cue keep
     * their end, the others their start. In real news no proposition comes near the cap; in a run-on junk
     * sentence with a cue every few words, uncapped contents would make the output quadratic.
     */
    private static List<Draft> withinContentCap(Document doc, List<Draft> drafts) {
        List<Token> toks = doc.tokens();
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if (d.contentFrom() < 0 || d.kind() == ClaimKind.DIRECT || d.kind() == ClaimKind.FLOATING) {
                out.add(d);
                continue;
            }
            int first = TokenSearch.firstStartingFrom(toks, d.contentFrom());
            int end = TokenSearch.firstStartingFrom(toks, d.contentTo());
            if (end - first <= MAX_CONTENT_TOKENS) {
                out.add(d);
            } else if (d.cueFrom() >= d.contentTo()) {
                out.add(d.withContent(toks.get(end - MAX_CONTENT_TOKENS).from(), d.contentTo()));
            } else {
                out.add(d.withContent(d.contentFrom(), toks.get(first + MAX_CONTENT_TOKENS - 1).to()));
            }
        }
        return out;
    }

    /** Content ranges sorted by start with a running maximum end: "does one cover [from, to)?" in O(log n). */
    private static final class ContentCover {
        private final int[] starts;
        private final int[] maxEnd;

        ContentCover(List<Draft> drafts) {
            List<Draft> sorted = new ArrayList<>(drafts);
            sorted.sort(Comparator.comparingInt(Draft::contentFrom));
            starts = new int[sorted.size()];
            maxEnd = new int[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).contentFrom();
                maxEnd[i] = Math.max(i > 0 ? maxEnd[i - 1] : -1, sorted.get(i).contentTo());
            }
        }

        boolean covers(int from, int to) {
            int lo = 0;
            int hi = starts.length - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= from) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return last >= 0 && maxEnd[last] >= to;
        }
    }

    /**
     * The article's first paragraph when it reads as a title although it ends with a full stop: one short
     * sentence, most of its words capitalised ("Obama Says Museum Will Tell of 'Suffering and Delight.'").
     */
    private static boolean titleLike(Document doc, Sentence s) {
        Block b = doc.block(s);
        if (s.index() != 0 || b.kind() != Block.Kind.BODY || s.to() < b.to() - 2 || s.endToken() - s.firstToken() > 25) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = doc.tokens().get(i);
            if (Character.isLetter(t.text().codePointAt(0)) && t.text().length() > 3) {
                words++;
                capitalised += t.isCapitalised() ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /** "In a statement on its website, X said …": a cue noun in an opening prepositional phrase. */
    static boolean opensWithStatement(List<Token> toks, Sentence s, Lexicon lex) {
        int f = s.firstToken();
        if (!toks.get(f).lower().equals("in")) {
            return false;
        }
        for (int i = f + 1; i < Math.min(s.endToken(), f + 4); i++) {
            if (lex.noun(toks.get(i).lower()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quoted paragraphs no cue claims: they carry on the speaker of the quote before them. Quotes and
     * claims are walked together in text order.
     */
    private static List<Draft> floating(Document doc, QuoteIndex quotes, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        List<Draft> byStart = new ArrayList<>(drafts);
        byStart.sort(Comparator.comparingInt(Draft::contentFrom));
        List<Draft> direct = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.kind() == ClaimKind.DIRECT && d.hasSpeaker()) {
                direct.add(d);
            }
        }
        direct.sort(Comparator.comparingInt(Draft::contentTo));
        int p = 0;
        int maxTo = -1;
        int nextDirect = 0;
        Draft previous = null;
        for (Quotations.Quote q : quotes.all()) {
            while (p < byStart.size() && byStart.get(p).contentFrom() < q.innerTo()) {
                maxTo = Math.max(maxTo, byStart.get(p).contentTo());
                p++;
            }
            while (nextDirect < direct.size() && direct.get(nextDirect).contentTo() <= q.open()) {
                Draft d = direct.get(nextDirect++);
                if (previous == null || d.contentTo() > previous.contentTo()) {
                    previous = d;
                }
            }
            boolean used = maxTo > q.innerFrom();
            if (used || previous == null || !opensParagraph(doc, q) || q.innerTo() - q.innerFrom() < 20
                    || paragraph(doc, q.open()) > paragraph(doc, previous.contentTo() - 1) + 1) {
                continue; // a floating quote follows its speaker's quote directly, paragraph after paragraph
            }
            int sentence = doc.sentenceAt(q.innerFrom());
            Draft f = new Draft(ClaimKind.FLOATING, previous.speakerFrom(), previous.speakerTo(), previous.pronoun(),
                    -1, -1, null, q.innerFrom(), trimTrailingComma(doc.text(), q.innerFrom(), q.innerTo()),
                    Math.max(sentence, 0), false);
            out.add(f);
            previous = f;
        }
        return out;
    }

    private static int paragraph(Document doc, int at) {
        int s = doc.sentenceAt(at);
        return s < 0 ? Integer.MAX_VALUE / 2 : doc.block(doc.sentences().get(s)).paragraph();
    }

    private static boolean opensParagraph(Document doc, Quotations.Quote q) {
        int s = doc.sentenceAt(q.open());
        if (s < 0) {
            return false;
        }
        Block b = doc.block(doc.sentences().get(s));
        return doc.text().substring(b.from(), q.open()).isBlank();
    }

    private static int trimTrailingComma(String text, int from, int to) {
        while (to > from && (text.charAt(to - 1) == ',' || Character.isWhitespace(text.charAt(to - 1)))) {
            to--;
        }
        return to;
    }

    private static Claim toClaim(Document doc, Draft d, String id, SpeakerResolver speakers, Propositions props,
                                 QuoteIndex quotes) {
        Claim.Speaker speaker = null;
        if (d.hasSpeaker()) {
            Span sp = doc.span(d.speakerFrom(), d.speakerTo());
            speaker = speakers.resolve(sp.text(), sp.start(), sp.end(), d.pronoun());
        }
        Claim.Cue cue = null;
        if (d.cue() != null) {
            Span c = doc.span(d.cueFrom(), d.cueTo());
            cue = new Claim.Cue(c.text(), c.start(), c.end(), d.cue().lemma(), d.cue().stance().code(), d.sentence());
        }
        Claim.Content content = null; // a noComment record has none
        if (d.contentFrom() >= 0) {
            int[] range = contentRange(doc, d);
            Span c = doc.span(range[0], range[1]);
            int sentence = Math.max(0, doc.sentenceAt(d.contentFrom()));
            content = new Claim.Content(c.text(), c.start(), c.end(), sentence, pieces(doc, d, range, quotes));
        }
        return new Claim(id, d.kind(), speaker, cue, content, hedges(doc, d, props), d.negated(), null, List.of(), List.of());
    }


    /** The quoted pieces of a direct content that runs over its attribution, or none. */
    private static List<Claim.Piece> pieces(Document doc, Draft d, int[] range, QuoteIndex quotes) {
        if (d.kind() != ClaimKind.DIRECT && d.kind() != ClaimKind.FLOATING) {
            return List.of();
        }
        List<int[]> within = quotes.piecesWithin(range[0], range[1]);
        if (within.size() < 2) {
            return List.of();
        }
        List<Claim.Piece> out = new ArrayList<>(within.size());
        for (int[] p : within) {
            Span sp = doc.span(p[0], trimTrailingComma(doc.text(), p[0], p[1]));
            out.add(new Claim.Piece(sp.text(), sp.start(), sp.end()));
        }
        return out;
    }

    /** Hedging words in the content or between speaker and cue, as written. */
    private static List<String> hedges(Document doc, Draft d, Propositions props) {
        if (d.contentFrom() < 0) {
            return List.of();
        }
        int from = d.contentFrom();
        int to = d.contentTo();
        if (d.cueFrom() >= 0) {
            from = Math.min(from, d.hasSpeaker() ? Math.min(d.speakerFrom(), d.cueFrom()) : d.cueFrom());
            if (d.contentTo() < d.cueFrom()) {
                to = d.cueTo();
            }
        }
        List<Token> toks = doc.tokens();
        return props.hedges(doc.text(), TokenSearch.firstStartingFrom(toks, from), TokenSearch.firstStartingFrom(toks, to));
    }
}
