package dev.extract.actors;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/** Latin letters without their diacritics, as news in English often writes foreign names ("Wroclaw" for "Wrocław"). */
final class Letters {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Letters that carry no separable mark: a stroke, a ligature, a dotless i. */
    private static final Map<Character, String> UNMARKED = Map.ofEntries(
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('đ', "d"),
            Map.entry('Đ', "D"), Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "Ae"), Map.entry('œ', "oe"),
            Map.entry('Œ', "Oe"), Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"));

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
}
