package dev.extract.text;

import dev.extract.lang.LanguagePack;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A US politician's party-and-state tag after the name: "D-N.Y.", "R-Texas" (party letters from
 * {@code lang/en/common/party-letters.tsv}). Actors reads it as no name of its own; claims sees through it to
 * the speaker before it.
 */
public final class PartyStateTags {
    private static final Pattern TAG = Pattern.compile(LanguagePack.english().cells("common/party-letters.tsv").stream()
            .map(r -> Pattern.quote(r[0].strip())).collect(Collectors.joining("|", "(?:", ")")) + "-\\p{Lu}[\\p{L}.]*");

    private PartyStateTags() {
    }

    /** True when {@code text} is a whole tag, written as one word or as the tokens glued back together. */
    public static boolean is(CharSequence text) {
        return text.length() > 2 && text.charAt(1) == '-' && TAG.matcher(text).matches();
    }
}
