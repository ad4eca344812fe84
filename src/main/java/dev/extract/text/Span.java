package dev.extract.text;

/**
 * A piece of the input: its exact text and its offsets in Unicode code points (0-based, end exclusive).
 * This is the only span type that leaves the library; {@link Document#span(int, int)} makes one from
 * UTF-16 indices.
 */
public record Span(String text, int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return other != null && start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return other != null && start <= other.start && other.end <= end;
    }
}
