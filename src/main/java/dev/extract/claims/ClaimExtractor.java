package dev.extract.claims;

import dev.extract.actors.Actor;
import dev.extract.text.Block;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Span;
import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds attributed statements in the body of an article: reporting verbs with their subject and
 * that-clause or quote, "according to" phrases, cue nouns with an owner, and quoted paragraphs that carry
 * on the speaker before them. Speakers are resolved to {@code actors}. Stateless and thread-safe.
 */
public final class ClaimExtractor {
    public List<Claim> extract(Document doc, List<Actor> actors) {
        QuoteIndex quotes = new QuoteIndex(doc);
        VerbCues verbs = new VerbCues(doc, quotes);
        AccordingTo accordingTo = new AccordingTo(doc, quotes);
        Lexicon lex = Lexicon.get();
        List<Token> toks = doc.tokens();
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (doc.block(s).kind() != Block.Kind.BODY) {
                continue; // headlines announce, datelines date; neither attributes
            }
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Draft d = accordingTo.at(s, k);
                if (d == null && lex.verb(toks.get(k).lower()) != null) {
                    d = verbs.at(s, k);
                    if (d != null && !d.kind().equals("direct") && opensWithStatement(toks, s, lex)) {
                        d = d.withKind("nounCue"); // "In a statement, the company said …"
                    }
                }
                if (d != null) {
                    drafts.add(d);
                }
            }
        }
        drafts.addAll(floating(doc, quotes, drafts));
        drafts.sort(Comparator.comparingInt(Draft::position));
        List<Claim> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(toClaim(doc, d, "c" + (out.size() + 1), actors));
        }
        return out;
    }

    /** "In a statement on its website, X said …": a cue noun in an opening prepositional phrase. */
    private static boolean opensWithStatement(List<Token> toks, Sentence s, Lexicon lex) {
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

    /** Quoted paragraphs no cue claims: they carry on the speaker of the quote before them. */
    private static List<Draft> floating(Document doc, QuoteIndex quotes, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        String text = doc.text();
        for (Quotes.Quote q : quotes.all()) {
            boolean used = drafts.stream().anyMatch(d -> d.contentFrom() < q.innerTo() && q.innerFrom() < d.contentTo());
            if (used || !opensParagraph(doc, q) || q.innerTo() - q.innerFrom() < 20) {
                continue;
            }
            Draft previous = null;
            for (Draft d : drafts) {
                if ((d.kind().equals("direct")) && d.contentTo() <= q.open()
                        && (previous == null || d.contentTo() > previous.contentTo())) {
                    previous = d;
                }
            }
            for (Draft d : out) {
                if (d.contentTo() <= q.open() && (previous == null || d.contentTo() > previous.contentTo())) {
                    previous = d;
                }
            }
            if (previous == null || !previous.hasSpeaker()) {
                continue;
            }
            int sentence = doc.sentenceAt(q.innerFrom());
            out.add(new Draft("floating", previous.speakerFrom(), previous.speakerTo(), previous.pronoun(),
                    -1, -1, null, q.innerFrom(), trimTrailingComma(text, q.innerFrom(), q.innerTo()),
                    Math.max(sentence, 0), false));
        }
        return out;
    }

    private static boolean opensParagraph(Document doc, Quotes.Quote q) {
        String text = doc.text();
        for (Block b : doc.blocks()) {
            if (b.from() <= q.open() && q.open() < b.to()) {
                return text.substring(b.from(), q.open()).isBlank();
            }
        }
        return false;
    }

    private static int trimTrailingComma(String text, int from, int to) {
        while (to > from && (text.charAt(to - 1) == ',' || Character.isWhitespace(text.charAt(to - 1)))) {
            to--;
        }
        return to;
    }

    private static Claim toClaim(Document doc, Draft d, String id, List<Actor> actors) {
        Claim.Speaker speaker = null;
        if (d.hasSpeaker()) {
            Span sp = doc.span(d.speakerFrom(), d.speakerTo());
            speaker = SpeakerResolver.resolve(sp.text(), sp.start(), sp.end(), d.pronoun(), actors);
        }
        Claim.Cue cue = null;
        if (d.cue() != null) {
            Span c = doc.span(d.cueFrom(), d.cueTo());
            cue = new Claim.Cue(c.text(), c.start(), c.end(), d.cue().lemma(), d.cue().stance(), d.sentence());
        }
        int contentTo = trimTrailingComma(doc.text(), d.contentFrom(), d.contentTo());
        Span c = doc.span(d.contentFrom(), contentTo);
        int sentence = Math.max(0, doc.sentenceAt(d.contentFrom()));
        Claim.Content content = new Claim.Content(c.text(), c.start(), c.end(), sentence);
        return new Claim(id, d.kind(), speaker, cue, content, hedges(doc, d), d.negated(), null, List.of(), List.of());
    }

    /** Hedging words in the content or between speaker and cue, as written. */
    private static List<String> hedges(Document doc, Draft d) {
        Set<String> found = new LinkedHashSet<>();
        List<Token> toks = doc.tokens();
        int from = d.contentFrom();
        int to = d.contentTo();
        if (d.cueFrom() >= 0) {
            from = Math.min(from, d.hasSpeaker() ? Math.min(d.speakerFrom(), d.cueFrom()) : d.cueFrom());
            if (d.contentTo() < d.cueFrom()) {
                to = d.cueTo();
            }
        }
        for (Token t : toks) {
            if (t.from() < from || t.to() > to) {
                continue;
            }
            for (List<String> h : Lexicon.get().hedges()) {
                if (Clauses.matches(toks, t.index(), toks.size(), h)) {
                    found.add(doc.text().substring(t.from(), toks.get(t.index() + h.size() - 1).to()));
                }
            }
        }
        return List.copyOf(found);
    }
}
