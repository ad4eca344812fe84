package dev.extract.view;

import dev.extract.Article;
import dev.extract.json.JsonOutput;

/** JSON (pretty) or JSON Lines (compact): one document per article, error records included. */
final class JsonRenderer implements Renderer {
    private final JsonOutput json;

    JsonRenderer(boolean pretty) {
        this.json = new JsonOutput(pretty);
    }

    @Override
    public String render(Article article, String text) {
        return json.write(article) + "\n";
    }

    @Override
    public String error(String id, String code, String message) {
        return json.writeError(id, code, message) + "\n";
    }

    @Override
    public String extension() {
        return "json";
    }
}
