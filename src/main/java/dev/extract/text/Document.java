package dev.extract.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article as every extractor sees it: the text the rules read ({@link #text()}: the input with
 * typographic spaces and control codes as spaces and accents composed), its blocks (paragraphs, headline,
 * dateline, furniture), sentences and tagged tokens, and the date that relative expressions are read
 * against. Output spans come from {@link #span}, which cuts them from the untouched input
 * ({@link #input()}); never build a span's text from {@code text()}. Built once by {@link Segmenter};
 * immutable and safe to share between threads.
 */
public final class Document {
    private final String id;
    private final String input;
    private final MatchText match;
    private final String text;
    private final CodePoints codePoints;
    private final List<Block> blocks;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final int[] sentenceOfChar; // sentence index per UTF-16 index, -1 outside sentences
    private final LocalDate referenceDate;
    private final ReferenceDateSource referenceDateSource;
    /** The quote index per rule set, built on first use; an index is immutable, so a race only builds it twice. */
    private final QuoteIndex[] quoteIndexes = new QuoteIndex[Quotations.Rules.values().length];

    Document(String id, String input, MatchText match, List<Block> blocks, List<Sentence> sentences, List<Token> tokens,
             LocalDate referenceDate, ReferenceDateSource referenceDateSource) {
        this.id = id;
        this.input = input;
        this.match = match;
        this.text = match.text();
        this.codePoints = new CodePoints(input);
        this.blocks = List.copyOf(blocks);
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.referenceDate = referenceDate;
        this.referenceDateSource = referenceDate == null ? null : referenceDateSource;
        this.sentenceOfChar = new int[text.length() + 1];
        java.util.Arrays.fill(sentenceOfChar, -1);
        for (Sentence s : sentences) {
            java.util.Arrays.fill(sentenceOfChar, s.from(), s.to(), s.index());
        }
    }

    /** The document's quotes under {@code rules}, read once. */
    public QuoteIndex quotes(Quotations.Rules rules) {
        QuoteIndex index = quoteIndexes[rules.ordinal()];
        if (index == null) {
            index = new QuoteIndex(this, rules);
            quoteIndexes[rules.ordinal()] = index;
        }
        return index;
    }

    public String id() {
        return id;
    }

    /**
     * The text every rule reads: the input with typographic spaces and control codes as spaces and
     * accents composed (NFC). Token, sentence and block offsets index it; {@link #span} maps them back
     * to the input.
     */
    public String text() {
        return text;
    }

    /** The input exactly as given, BOM and line ends included (a lone surrogate reads U+FFFD). */
    public String input() {
        return input;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    public Block block(Sentence sentence) {
        return blocks.get(sentence.block());
    }

    /** The date relative expressions are resolved against, if known. */
    public Optional<LocalDate> referenceDate() {
        return Optional.ofNullable(referenceDate);
    }

    public Optional<ReferenceDateSource> referenceDateSource() {
        return Optional.ofNullable(referenceDateSource);
    }

    public Optional<Block> headline() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.HEADLINE).findFirst();
    }

    public Optional<Block> dateline() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.DATELINE).findFirst();
    }

    /** The headline's text, trimmed, if the article has one. */
    public Optional<String> title() {
        return headline().map(b -> input.substring(match.toInput(b.from()), match.toInputEnd(b.to())).strip());
    }

    /** A span for UTF-16 range {@code [from, to)} of {@link #text()}: the input's text there, code-point offsets. */
    public Span span(int from, int to) {
        int a = match.toInput(from);
        int b = match.toInputEnd(to);
        return new Span(input.substring(a, b), codePoints.toCodePoint(a), codePoints.toCodePoint(b));
    }

    /** A span from the first to the last of the given tokens (inclusive). */
    public Span span(Token first, Token last) {
        return span(first.from(), last.to());
    }

    /** Code-point offset in the input of a UTF-16 index of {@link #text()}. */
    public int codePoint(int utf16Index) {
        return codePoints.toCodePoint(match.toInput(utf16Index));
    }

    public int codePointLength() {
        return codePoints.toCodePoint(input.length());
    }

    /** Index of the sentence holding UTF-16 index {@code at}, or -1. */
    public int sentenceAt(int at) {
        return at >= 0 && at < sentenceOfChar.length ? sentenceOfChar[at] : -1;
    }
}
