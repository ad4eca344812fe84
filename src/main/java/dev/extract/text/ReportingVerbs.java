package dev.extract.text;

import dev.extract.lang.Coded;
import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one reporting-verb lookup: the verb forms of lang/en/common/reporting-verbs.tsv ("said", "told",
 * "warned"), each marked with the features that read it as reporting. Loaded once; immutable, thread-safe.
 */
public final class ReportingVerbs {

    /** A feature that reads reporting verbs; its code is written in the file's users column. */
    public enum User implements Coded {
        /** A claim cue. */
        CLAIMS("claims"),
        /** A date next to the verb dates the quote or reported speech after it. */
        DATES("dates"),
        /** Right after an unknown single name, a weak vote for a person. */
        ACTORS("actors");

        private final String code;

        User(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Column of the comma-separated users in the file. */
    private static final int USERS = 4;
    private static final ReportingVerbs ENGLISH = new ReportingVerbs(LanguagePack.english());

    private final Map<User, List<Row>> rows = new EnumMap<>(User.class);
    private final Map<User, Set<String>> forms = new EnumMap<>(User.class);

    private ReportingVerbs(LanguagePack pack) {
        for (User u : User.values()) {
            rows.put(u, new ArrayList<>());
            forms.put(u, new HashSet<>());
        }
        for (Row row : pack.rows("common/reporting-verbs.tsv")) {
            String form = row.cell(0).strip().toLowerCase(Locale.ROOT);
            for (String code : row.cell(USERS).split(",")) {
                User u = Coded.byCode(User.values(), code.strip());
                if (u == null) {
                    throw row.invalid("unknown user '" + code.strip() + "'");
                }
                rows.get(u).add(row);
                forms.get(u).add(form);
            }
        }
    }

    public static ReportingVerbs english() {
        return ENGLISH;
    }

    /** True when {@code lower} (a lower-cased token) is a reporting verb for {@code user}. */
    public boolean isReporting(String lower, User user) {
        return forms.get(user).contains(lower);
    }

    /** The lower-cased forms {@code user} reads as reporting verbs. */
    public Set<String> forms(User user) {
        return Set.copyOf(forms.get(user));
    }

    /** The rows {@code user} reads (form, lemma, stance, frame, users), for a feature that needs the columns. */
    public List<Row> rows(User user) {
        return List.copyOf(rows.get(user));
    }
}
