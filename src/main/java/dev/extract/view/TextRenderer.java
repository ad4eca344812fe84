package dev.extract.view;

import dev.extract.Article;

/** Placeholder until the text summary lands. */
final class TextRenderer implements Renderer {
    TextRenderer(boolean colour) {
    }

    @Override
    public String render(Article article, String text) {
        throw new UnsupportedOperationException("text");
    }

    @Override
    public String extension() {
        return "txt";
    }
}
