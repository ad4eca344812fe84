package dev.extract.actors;

import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Latin letters without their diacritics, as news in English often writes foreign names ("Wroclaw" for "Wrocław"). */
final class Letters {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Letters that carry no separable mark: a stroke, a ligature, a dotless i (letter_folds.tsv). */
    private static final Map<Character, String> UNMARKED = unmarked();

    private Letters() {
    }

    /** The name in plain Latin letters; the name itself when it has none to fold. */
    static String fold(String name) {
        boolean plain = true;
        for (int k = 0; k < name.length() && plain; k++) {
            plain = name.charAt(k) < 0x80;
        }
        if (plain) {
            return name;
        }
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(bare.length());
        for (int k = 0; k < bare.length(); k++) {
            char c = bare.charAt(k);
            String r = UNMARKED.get(c);
            if (r == null) {
                b.append(c);
            } else {
                b.append(r);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    private static Map<Character, String> unmarked() {
        Map<Character, String> out = new HashMap<>();
        for (Row r : LanguagePack.english().rows("actors/letter_folds.tsv")) {
            if (r.cell(0).length() != 1) {
                throw r.invalid("one letter expected in column 1");
            }
            out.put(r.cell(0).charAt(0), r.cell(1));
        }
        return Map.copyOf(out);
    }
}
