package dev.extract.view;

import dev.extract.Article;

/**
 * One output format: how a stream or file of articles begins, how each article is written, how it ends.
 * Every piece it returns is complete text (ending with a newline when not empty), so a sink can write each
 * in one call and an interrupted run leaves only whole records. Thread-safe: articles are rendered on
 * worker threads.
 */
public interface Renderer {
    /** Written once before the first article of a stream or file: a table's header row, a page's head. */
    default String prologue() {
        return "";
    }

    /** One article; {@code text} is the input it was extracted from (pages show it). */
    String render(Article article, String text);

    /** An error record for a failed input, or null where the format has no place for one (stderr only). */
    default String error(String id, String code, String message) {
        return null;
    }

    /** Written once after the last article of a complete stream or file. */
    default String epilogue() {
        return "";
    }

    /** File name extension for one output file per input, without the dot. */
    String extension();
}
