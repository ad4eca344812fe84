package dev.extract.text;

/**
 * A sentence: UTF-16 range in the text, the block it lies in, and its tokens as a half-open range
 * {@code [firstToken, endToken)} of {@link Document#tokens()}.
 */
public record Sentence(int index, int from, int to, int block, int firstToken, int endToken) {
}
