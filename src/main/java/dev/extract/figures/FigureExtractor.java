package dev.extract.figures;

import dev.extract.dates.DateMention;
import dev.extract.text.Block;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the figures an article states; numbers inside {@code dates} are not figures. Thread-safe and
 * reusable: the tables load once ({@link Lexicon}) and a call keeps its state on the stack.
 */
public final class FigureExtractor {
    private final ContextReader reader = new ContextReader(Lexicon.get());

    public List<Figure> extract(Document doc, List<DateMention> dates) {
        List<Draft> drafts = new ArrayList<>();
        List<SentenceView> views = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        String text = doc.text();
        int consumed = 0; // UTF-16 end of the last words a figure took, which may run into the next sentence
        for (Sentence s : doc.sentences()) {
            Block.Kind kind = doc.block(s).kind();
            if (kind == Block.Kind.FURNITURE) {
                continue; // photo credits and page chrome state nothing
            }
            SentenceView view = new SentenceView(doc, doc.tokens(s), kind == Block.Kind.HEADLINE);
            // the words of the sentence before stay in view, so "Jan. | 5" split by the segmenter is still a date
            Sentence before = s.index() > 0 ? doc.sentences().get(s.index() - 1) : null;
            int scanFrom = before != null && before.block() == s.block() ? before.from() : s.from();
            // and the words of the sentence after, so a split the segmenter got wrong ("3170 W. | County Road") is mended
            Sentence after = s.index() + 1 < doc.sentences().size() ? doc.sentences().get(s.index() + 1) : null;
            int scanTo = after != null && after.block() == s.block() ? after.to() : s.to();
            List<Word> words = WordScanner.scan(text, scanFrom, scanTo);
            int firstOwn = 0;
            while (firstOwn < words.size() && words.get(firstOwn).from() < Math.max(s.from(), consumed)) {
                firstOwn++;
            }
            for (int i = firstOwn; i < words.size() && words.get(i).from() < s.to(); i++) {
                ReadResult r = reader.read(view, words, i);
                if (r == null) {
                    continue;
                }
                for (Draft d : pair(doc, r, dates)) {
                    if (d != null && !insideDate(doc, d, dates)) {
                        drafts.add(d);
                        views.add(view);
                        sentences.add(s.index());
                    }
                }
                i = Math.max(i, r.lastWord());
                consumed = Math.max(consumed, words.get(Math.min(i, words.size() - 1)).to());
            }
        }
        return figures(doc, drafts, views, sentences);
    }

    /**
     * The drafts of one reading. A new value whose old value comes after it ("to B from A") keeps that link
     * only while a date does not swallow A: a change must name a figure that is there.
     */
    private static Draft[] pair(Document doc, ReadResult r, List<DateMention> dates) {
        Draft d = r.draft();
        if (d != null && d.oldValue() == Draft.OldValue.NEXT && (r.second() == null || insideDate(doc, r.second(), dates))) {
            d = d.asChangeFrom(Draft.OldValue.NONE, d.change());
        }
        return new Draft[] {d, r.second()};
    }

    /** The figures of the drafts, with ids in text order, what each counts and its cue, rate and change. */
    private static List<Figure> figures(Document doc, List<Draft> drafts, List<SentenceView> views, List<Integer> sentences) {
        String text = doc.text();
        List<Figure> out = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            Span span = doc.span(d.from(), d.to());
            Span counts = CountsFinder.find(views.get(k), d);
            String cue = d.qualifierFrom() < 0 ? null : text.substring(d.qualifierFrom(), d.qualifierTo());
            Span per = d.perFrom() < 0 ? null : doc.span(d.perFrom(), d.perTo());
            String changeFrom = d.oldValue() == Draft.OldValue.PREVIOUS && k > 0 ? "f" + k
                    : d.oldValue() == Draft.OldValue.NEXT && k + 1 < drafts.size() ? "f" + (k + 2) : null;
            Figure.ScoreSides score = d.sides() == null ? null : new Figure.ScoreSides(d.sides(), d.tiebreak());
            out.add(new Figure("f" + (k + 1), span.text(), span.start(), span.end(), sentences.get(k),
                    d.value(), d.low(), d.high(), d.kind().code(), d.unit(), d.currency(), codeOf(d.qualifier()), cue, counts,
                    per, codeOf(d.change()), changeFrom, score, d.rule()));
        }
        return out;
    }

    /**
     * A figure that a date mention covers from its start is part of that date ("February 2022", "two years"):
     * unless the figure goes on past the date with a currency or unit ("three quarters billion us dollars"). A
     * date inside the figure's unit ("188 miles an hour", "10 km per hour") leaves the figure whole.
     */
    private static boolean insideDate(Document doc, Draft d, List<DateMention> dates) {
        int start = doc.codePoint(d.from());
        int end = doc.codePoint(d.to());
        boolean hasUnit = d.unit() != null || d.currency() != null;
        for (DateMention m : dates) {
            if (m.start() < end && start < m.end()) {
                boolean ageOfDuration = d.kind() == FigureKind.AGE && "DURATION".equals(m.type()); // "95 years of age"
                boolean inUnit = m.start() > start && hasUnit;
                boolean goesOn = m.start() <= start && m.end() < end && (hasUnit || ageOfDuration);
                if (!inUnit && !goesOn) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String codeOf(dev.extract.lang.Coded value) {
        return value == null ? null : value.code();
    }
}
