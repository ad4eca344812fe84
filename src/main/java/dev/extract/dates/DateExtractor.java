package dev.extract.dates;

import dev.extract.lang.LanguagePack;
import dev.extract.text.Block;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Span;
import dev.extract.text.Token;
import dev.extract.text.TokenSearch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds time expressions and normalises them against the document's reference date. The patterns and word
 * lists are data ({@code patterns.tsv}, {@code words.tsv}, {@code tense.tsv}); this class runs them over every
 * sentence but page furniture, keeps the longest matches, widens them by their mods, resolves each against its
 * anchor (the reference date, or the date of the speech a quote was said in) and numbers them in text order.
 * Immutable and thread-safe: all state of a run lives in {@link Run}.
 */
public final class DateExtractor {
    private static final int WINDOW = 80;
    /** How many sentences after a quarter is named "a year earlier" still compares with it. */
    private static final int FOCUS_REACH = 5;
    /** Rules whose match, repeated in an article, names the same day or month. */
    private static final java.util.Set<String> KEEPS_VALUE = java.util.Set.of("date-md", "date-dm", "holiday");
    private final Lexicon words;
    private final RuleTable rules;
    private final RuleScanner scanner;
    private final Tense tense;
    private final Prefixes prefixes;
    private final CalendarResolver calendar;
    private final RelativeResolver relative;
    private final SetResolver sets;
    private final ClockResolver clock;
    private final FocusResolver focus;
    private final ViewResolver view;
    private final SpokenYears spoken;
    private final YearSpans yearSpans;

    /** The American English reader (en-US). */
    public DateExtractor() {
        this(false);
    }

    /**
     * @param dayFirst read an ambiguous "04/01/2024" as 4 January, the British order (the en-GB overlay), else as
     *                 April 1, the American order (en-US)
     */
    public DateExtractor(boolean dayFirst) {
        this(LanguagePack.forTag(dayFirst ? "en-GB" : "en-US"));
    }

    /** The reader of a language pack: a language ("en") or a regional overlay of one ("en-GB"). */
    public DateExtractor(LanguagePack pack) {
        this.words = Lexicon.load(pack, "words.tsv", "tense.tsv", "cues.tsv");
        this.rules = new RuleTable(words, pack.cells("dates/patterns.tsv"));
        this.scanner = new RuleScanner(rules);
        this.tense = new Tense(words);
        this.prefixes = new Prefixes(words);
        this.calendar = new CalendarResolver(words, DateOrder.of(pack));
        this.view = new ViewResolver(words);
        this.relative = new RelativeResolver(words, view);
        this.sets = new SetResolver(words, relative);
        this.clock = new ClockResolver(words);
        this.focus = new FocusResolver(words);
        this.spoken = new SpokenYears(words, relative);
        this.yearSpans = new YearSpans(words);
    }

    public List<DateMention> extract(Document doc) {
        return new Run(doc).mentions();
    }

    /** A match kept by {@link Run#select}, with what its resolver answered there and the context it read. */
    private record Kept(Candidate candidate, Timex timex, Context context) {
    }

    private final class Run {
        private final Document doc;
        private final String text;
        private final LocalDate reference;
        private final List<ResolvedDate> found = new ArrayList<>();
        private LocalDate previousDay;
        /** The last quarter named by number ("the third quarter"): what "the latest quarter" refers to. */
        private String focusQuarter;
        private int focusSentence;
        private LocalDate period;
        private String periodUnit;
        /** The value each day or month named without a year got first, by its text. */
        private final Map<String, Timex> named = new HashMap<>();
        private final Quotes quotes;
        private final RuleScanner.Session scan;

        Run(Document doc) {
            this.doc = doc;
            this.text = doc.text();
            this.reference = doc.referenceDate().orElse(null);
            this.quotes = new Quotes(text, words);
            this.scan = scanner.over(text);
        }

        List<DateMention> mentions() {
            List<Sentence> sentences = doc.sentences();
            int i = 0;
            for (Block b : doc.blocks()) {
                quotes.newParagraph();
                // matched over the whole block: the segmenter may cut "Jan. 4" or "6:40 p.m. (GMT +8)" in two
                List<Kept> candidates = b.kind() == Block.Kind.FURNITURE ? List.of() : select(b);
                Map<Integer, List<Kept>> bySentence = new HashMap<>();
                for (Kept k : candidates) {
                    bySentence.computeIfAbsent(doc.sentenceAt(k.candidate().from()), x -> new ArrayList<>()).add(k);
                }
                while (i < sentences.size() && sentences.get(i).from() < b.to()) {
                    Sentence s = sentences.get(i++);
                    if (b.kind() != Block.Kind.FURNITURE && s.from() >= b.from()) {
                        sentence(s, bySentence.getOrDefault(s.index(), List.of()));
                    }
                }
            }
            ClockDays.join(text, found);
            CountedDays.join(text, words, found);
            SpokenYears.join(text, words, found);
            ClockDays.attach(found);
            found.addAll(yearSpans.find(text, found));
            found.sort(Comparator.comparingInt(ResolvedDate::from).thenComparing(Comparator.comparingInt(ResolvedDate::to).reversed()));
            List<DateMention> out = new ArrayList<>(found.size());
            for (ResolvedDate f : found) {
                Span span = doc.span(f.from(), f.to());
                Timex t = f.timex();
                out.add(new DateMention("d" + (out.size() + 1), span.text(), span.start(), span.end(), f.sentence(),
                        t.type(), t.value(), t.mod(), f.relation(), Periods.range(t.type().equals("DATE") || t.type().equals("TIME") ? t.value() : null),
                        Granularity.codeOf(Periods.granularity(t.type(), t.value())), f.rule()));
            }
            return out;
        }

        private void sentence(Sentence s, List<Kept> candidates) {
            List<Token> tokens = doc.tokens(s);
            quotes.startSentence(s, tokens);
            for (Kept k : candidates) {
                Candidate c = k.candidate();
                Quotes.Anchor speech = quotes.anchorAt(c.from());
                // the answer select() got stands unless the resolver read an anchor or previous day that differ now
                Timex t = k.context().sameAnswerWith(anchor(speech), unit(speech), previousDay, focus(s, focusQuarter)) ? k.timex()
                        : resolve(c.rule(), context(s, tokens, c, speech, focus(s, focusQuarter)));
                if (t == null) {
                    continue;
                }
                if (t.type() == null) {
                    t = t.withType(c.rule().type());
                }
                ResolvedDate f = widened(s, c, same(c, t, speech));
                found.add(f);
                remember(f, c.rule().resolver() == Resolver.FOCUS);
            }
            quotes.anchorAt(s.to()); // follow quote marks to the sentence's end
        }

        /** The match widened by the words before it that belong to it (mods, leads), with its relation word. */
        private ResolvedDate widened(Sentence s, Candidate c, Timex resolved) {
            Timex t = resolved;
            int from = c.from();
            if (t.mod() == null && t.type().equals("DATE") && !t.value().endsWith("_REF")) {
                Prefixes.Found p = prefixes.posmod(text, s.from(), from);
                if (p != null) {
                    from = p.from();
                    t = t.withMod(p.value());
                }
            }
            if (t.mod() == null) {
                // "nearly four years ago" measures before it points: its mods are those of an amount
                Prefixes.Found p = prefixes.mod(text, s.from(), from, c.rule().resolver() == Resolver.AGO ? "DURATION" : t.type());
                if (p != null) {
                    from = p.from();
                    t = t.withMod(p.value());
                }
            }
            if (t.mod() == null && c.rule().resolver().takesLead() && !t.value().endsWith("_REF")) {
                Prefixes.Found p = prefixes.lead(text, s.from(), from);
                if (p != null) {
                    from = p.from();
                }
            }
            // "since", "until" relate a point in time; before a duration ("by two years", "after six months")
            // they measure, and are left out
            Prefixes.Found rel = t.type().equals("DATE") || t.type().equals("TIME") ? prefixes.relation(text, s.from(), from) : null;
            return new ResolvedDate(from, c.to(), s.index(), t, rel == null ? null : rel.value(), c.rule().name());
        }

        /** The focus at sentence {@code s}, with {@code quarter} as its quarter. */
        private Focus focus(Sentence s, String quarter) {
            return new Focus(quarter, s.index() - focusSentence <= FOCUS_REACH, period, periodUnit);
        }

        private Context context(Sentence s, List<Token> tokens, Candidate c, Quotes.Anchor speech, Focus focus) {
            int first = Math.max(0, Math.min(TokenSearch.firstEndingAfter(tokens, c.from()), tokens.size() - 1));
            int lastToken = first;
            while (lastToken + 1 < tokens.size() && tokens.get(lastToken + 1).from() < c.to()) {
                lastToken++;
            }
            final int last = lastToken;
            LocalDate anchor = anchor(speech);
            String unit = unit(speech);
            // resolvers look at the words next to a match only: a window keeps a long sentence cheap
            String before = text.substring(Math.max(s.from(), c.from() - WINDOW), c.from());
            String after = text.substring(c.to(), Math.max(c.to(), Math.min(s.to(), c.to() + WINDOW)));
            return new Context(c.groups(), before, after,
                    tokens, first, last, anchor, unit, reference, previousDay, focus,
                    () -> tense.around(tokens, first, last));
        }

        private LocalDate anchor(Quotes.Anchor speech) {
            return speech != null ? speech.day() : reference;
        }

        private static String unit(Quotes.Anchor speech) {
            return speech != null ? speech.unit() : "D";
        }

        /**
         * A day or month named again without its year ("the July 10 meeting", "Tuesday") is the one named first,
         * whatever the tense around it now; not inside a dated quote, which reads against its own day.
         */
        private Timex same(Candidate c, Timex t, Quotes.Anchor speech) {
            if (speech != null || !KEEPS_VALUE.contains(c.rule().name()) || c.groups().containsKey("rel")) {
                return t;
            }
            Timex first = named.putIfAbsent(Lexicon.normalise(text.substring(c.from(), c.to())), t);
            return first != null && first.type().equals(t.type()) ? first : t;
        }

        /** Keeps the last named day (for "the next day") and offers the date to a quote that follows. */
        private void remember(ResolvedDate f, boolean focusRule) {
            Timex t = f.timex();
            if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
                return;
            }
            if (f.rule().startsWith("quarter") && Periods.isQuarter(t.value())
                    && (reference == null || !Periods.firstDay(t.value()).plusMonths(3).isAfter(reference))) {
                // a quarter reported on: over by the article's date ("fourth-quarter charge" ahead is not), and the
                // latest one named ("third-quarter profit rose after a flat second quarter" is about the third);
                // naming any such quarter keeps the report's quarter in view
                if (focusQuarter == null || t.value().compareTo(focusQuarter) >= 0) {
                    focusQuarter = t.value();
                }
                focusSentence = f.sentence();
            } else if (focusRule && t.value().equals(focusQuarter)) {
                focusSentence = f.sentence(); // "the quarter", "the latest quarter": the report is still on it
            }
            Granularity g = Periods.granularity(t.type(), t.value());
            LocalDate first = Periods.firstDay(t.value());
            if (first == null || g == null) {
                return;
            }
            if (g == Granularity.DAY || g == Granularity.TIME) {
                previousDay = first;
            }
            String unit = switch (g) {
                case DAY, TIME -> "D";
                case MONTH -> "M";
                case YEAR -> "Y";
                default -> null;
            };
            if (unit != null || g == Granularity.QUARTER) {
                period = first; // "the next year" after "August 2016" is 2017
                periodUnit = unit != null ? unit : "Q";
            }
            if (unit != null) {
                quotes.offer(f.from(), f.to(), new Quotes.Anchor(first, unit));
            }
        }

        /**
         * Every rule's matches in the sentence; the longest that its resolver accepts wins, then the earlier
         * rule, so a refused "May 2000 people" leaves room for shorter matches inside it.
         */
        private List<Kept> select(Block b) {
            List<Candidate> all = new ArrayList<>();
            scan.scan(b.from(), b.to(), all);
            all.sort(Comparator.comparingInt(Candidate::length).reversed()
                    .thenComparingInt(c -> c.rule().order()).thenComparingInt(Candidate::from));
            TreeMap<Integer, Kept> kept = new TreeMap<>();
            for (Candidate c : all) {
                int si = doc.sentenceAt(c.from());
                if (si < 0 || overlapsKept(kept, c)) {
                    continue;
                }
                Sentence s = doc.sentences().get(si);
                Context context = context(s, doc.tokens(s), c, null, focus(s, focusQuarter != null ? focusQuarter : FocusResolver.PENDING));
                Timex t = resolve(c.rule(), context);
                if (t != null) {
                    kept.put(c.from(), new Kept(c, t, context));
                }
            }
            return new ArrayList<>(kept.values());
        }
    }

    /** Kept matches never overlap, so only the neighbours by start can overlap a new one. */
    private static boolean overlapsKept(TreeMap<Integer, Kept> kept, Candidate c) {
        Map.Entry<Integer, Kept> before = kept.floorEntry(c.from());
        Map.Entry<Integer, Kept> after = kept.ceilingEntry(c.from());
        return before != null && before.getValue().candidate().overlaps(c) || after != null && after.getValue().candidate().overlaps(c);
    }

    // A reference date or a number at the edge of the calendar must leave a date unresolved, never fail the article.
    private Timex resolve(Rule rule, Context c) {
        try {
            return resolveUnchecked(rule, c);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private Timex resolveUnchecked(Rule rule, Context c) {
        return switch (rule.resolver()) {
            case ABSOLUTE -> calendar.absolute(c);
            case NUMERIC -> calendar.numeric(c);
            case MONTH -> calendar.month(c);
            case WEEKDAY -> calendar.weekday(c);
            case HOLIDAY -> calendar.holiday(c);
            case YEAR -> calendar.year(c);
            case DECADE -> calendar.decade(c);
            case CENTURY -> calendar.century(c);
            case QUARTER -> calendar.quarter(c);
            case FOCUS -> focus.focus(c);
            case VIEW_DAY -> view.day(c);
            case VIEW_PART -> view.partOfDay(c);
            case VIEW_YEAR_END -> view.yearEnd(c);
            case VIEW_UNIT -> view.unit(c);
            case SPOKEN_YEAR -> spoken.resolve(c);
            case HALF -> calendar.half(c);
            case SEASON -> calendar.season(c);
            case DEICTIC -> relative.deictic(c);
            case RELATIVE -> relative.relative(c);
            case AGO -> relative.ago(c);
            case DURATION -> relative.duration(c);
            case SET -> sets.set(c);
            case TIME -> clock.time(c);
        };
    }
}
