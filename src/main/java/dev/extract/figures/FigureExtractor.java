package dev.extract.figures;

import dev.extract.dates.DateMention;
import dev.extract.text.Document;
import java.util.List;

/** Finds the figures an article states; numbers inside {@code dates} are not figures. */
public final class FigureExtractor {

    public List<Figure> extract(Document doc, List<DateMention> dates) {
        return List.of();
    }
}
