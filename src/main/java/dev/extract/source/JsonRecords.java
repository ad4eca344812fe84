package dev.extract.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.extract.Article;
import dev.extract.text.ReferenceDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One feed record (a JSON object, or a CSV row seen as one) as an article: text, id, reference date and
 * title found under {@link FieldNames}; the output text is the title, a blank line, then the text.
 */
public final class JsonRecords {
    private JsonRecords() {
    }

    /** {@code format} names the input kind for {@code source.format}: json or csv. */
    public static SourceText toSource(JsonNode record, FieldNames f, String fallbackId, String format)
            throws InputException {
        if (record == null || !record.isObject()) {
            throw new InputException("bad-json", "a record must be a JSON object (" + fallbackId + ")");
        }
        String id = firstText(record, f.id(), FieldNames.ID);
        id = id == null ? fallbackId : id;
        String body = firstText(record, f.text(), FieldNames.TEXT);
        if (body == null || body.isBlank()) {
            String where = f.text() != null ? "\"" + f.text() + "\"" : "text field (" + String.join(", ", FieldNames.TEXT) + ")";
            throw new InputException(format.equals("csv") ? "bad-csv" : "bad-json",
                    "record has no " + where + "; name it with --text-field");
        }
        String dateText = firstText(record, f.date(), FieldNames.DATE);
        LocalDate date = null;
        if (dateText != null && !dateText.isBlank()) {
            date = Dates.parse(dateText);
            if (date == null) {
                throw new InputException("bad-reference-date",
                        "date '" + dateText + "' is not an ISO date or date-time (" + id + ")");
            }
        }
        ReferenceDate reference = ReferenceDate.of(ReferenceDate.Evidence.INPUT_FIELD, date);
        String title = PageMetadata.clean(firstText(record, f.title(), FieldNames.TITLE));
        String url = firstText(record, null, List.of("url", "link", "uri"));
        String site = firstText(record, null, List.of("source.name", "domain", "siteName", "site", "publisher"));
        String language = firstText(record, null, List.of("language", "lang", "inLanguage"));
        List<String> authors = authors(record);
        String text = body;
        String warning = null;
        if (f.html()) {
            SourceText page = HtmlReader.read(id, body, url);
            title = title != null ? title : page.title();
            text = page.text().substring(page.title() == null ? 0 : page.title().length()).strip();
            reference = reference.offer(ReferenceDate.Evidence.PAGE_IN_RECORD, page.reference().date());
            warning = page.warning();
        }
        // a text that already opens with its title (some exports repeat it) is not given it twice
        String full = title == null || text.stripLeading().startsWith(title) ? text : title + "\n\n" + text;
        Article.Source source = new Article.Source(format, url, site, language, authors, dateText);
        return new SourceText(id, full, title, reference, source, warning);
    }

    private static List<String> authors(JsonNode record) {
        List<String> out = new ArrayList<>();
        for (String name : List.of("author", "authors", "byline", "creator")) {
            JsonNode n = record.get(name);
            if (n == null || n.isNull()) {
                continue;
            }
            for (JsonNode one : n.isArray() ? n : List.of(n)) {
                String v = one.isObject() ? textOf(one.get("name")) : textOf(one);
                if (v != null && !v.isBlank() && !v.contains("://")) {
                    out.add(v.strip());
                }
            }
            break;
        }
        return out;
    }

    /** The value at {@code path} when given, else at the first of {@code defaults} that is present. */
    static String firstText(JsonNode record, String path, List<String> defaults) {
        if (path != null) {
            return textOf(at(record, path));
        }
        for (String d : defaults) {
            String v = textOf(at(record, d));
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode n = node;
        for (String part : dottedPath.split("\\.")) {
            if (n == null) {
                return null;
            }
            n = n.isArray() && part.matches("\\d+") ? n.get(Integer.parseInt(part)) : n.get(part);
        }
        return n;
    }

    private static String textOf(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        return n.asText();
    }
}
