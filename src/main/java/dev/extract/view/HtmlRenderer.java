package dev.extract.view;

import dev.extract.Article;

/** Placeholder until the annotated page lands. */
final class HtmlRenderer implements Renderer {
    @Override
    public String render(Article article, String text) {
        throw new UnsupportedOperationException("html");
    }

    @Override
    public String extension() {
        return "html";
    }
}
