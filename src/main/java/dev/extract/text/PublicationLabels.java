package dev.extract.text;

import dev.extract.lang.Coded;
import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a publication line ("Published", "Last updated", "Posted on"), from
 * {@code lang/en/text/publication-labels.tsv}, as regular-expression fragments for {@link Dateline}.
 */
final class PublicationLabels {
    private enum Kind implements Coded {
        LABEL("label"), CONNECTOR("connector");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** One of the labels, as a non-capturing group. */
    static final String LABEL = group(Kind.LABEL, "");
    /** An optional connector and the white space after it. */
    static final String CONNECTOR = group(Kind.CONNECTOR, "\\s+") + "?";

    private PublicationLabels() {
    }

    private static String group(Kind kind, String after) {
        List<String> forms = new ArrayList<>();
        for (Row row : LanguagePack.english().rows("text/publication-labels.tsv")) {
            if (row.coded(1, Kind.values()) == kind) {
                List<String> words = new ArrayList<>();
                for (String word : row.cell(0).strip().split(" +")) {
                    words.add(Pattern.quote(word));
                }
                forms.add(String.join("\\s+", words));
            }
        }
        return "(?:" + (forms.size() == 1 ? forms.get(0) : "(?:" + String.join("|", forms) + ")") + after + ")";
    }
}
