package dev.extract.dates;

import dev.extract.text.Document;
import java.util.List;

/** Finds time expressions and normalises them against the document's reference date. */
public final class DateExtractor {

    public List<DateMention> extract(Document doc) {
        return List.of();
    }
}
