package dev.extract;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The four kinds of fact; {@code --only} picks among them. */
public enum FactKind {
    FIGURES, DATES, ACTORS, CLAIMS;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "dates,figures"; throws IllegalArgumentException naming the unknown word. */
    public static Set<FactKind> parseList(String list) {
        Set<FactKind> out = EnumSet.noneOf(FactKind.class);
        for (String part : list.split(",")) {
            String p = part.strip().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(valueOf(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown fact kind '" + part.strip()
                        + "' (expected figures, dates, actors, claims)");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no fact kind given (expected figures, dates, actors, claims)");
        }
        return out;
    }
}
