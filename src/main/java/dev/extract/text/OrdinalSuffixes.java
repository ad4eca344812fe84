package dev.extract.text;

import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The suffixes of ordinals written in digits ("1st", "3rd"), from lang/en/common/ordinal-suffixes.tsv. */
public final class OrdinalSuffixes {
    /** A non-capturing regex group matching one suffix, for patterns that read "22nd" as 22. */
    public static final String GROUP = group();

    private OrdinalSuffixes() {
    }

    private static String group() {
        List<String> quoted = new ArrayList<>();
        for (Row row : LanguagePack.english().rows("common/ordinal-suffixes.tsv")) {
            quoted.add(Pattern.quote(row.cell(0)));
        }
        return "(?:" + String.join("|", quoted) + ")";
    }
}
