package dev.extract.dates;

import dev.extract.text.Token;
import java.util.List;

/**
 * Time words that are the title of a paper or a show: "USA Today", "VOA Today", NBC's "Today", ABC's "This Week",
 * CBS's "60 Minutes". Written in title case, they follow a name, a name's possessive or (two words or more) an
 * opening quote mark; a date at the start of a sentence or in running lower case is none of these.
 */
final class Titles {
    private Titles() {
    }

    static boolean isTitle(Context c) {
        List<Token> tokens = c.tokens();
        Token prev = c.previousToken();
        if (prev == null || !titleCase(tokens, c.first(), c.last())) {
            return false;
        }
        String p = prev.lower();
        boolean named;
        if (CalendarResolver.inName(c) || acronym(prev.text())) {
            named = true; // "USA Today", "VOA Today"
        } else if ((p.equals("'s") || p.equals("’s")) && c.first() >= 2) {
            Token owner = tokens.get(c.first() - 2);
            named = owner.isProperNoun() && owner.isCapitalised(); // NBC's "Today"
        } else {
            named = c.last() > c.first() && openingQuote(p); // ABC's "This Week", "60 Minutes"
        }
        // "Obama Visits Kenya Today": a headline writes every word so (looked at only when the rest says title)
        return named && !headline(tokens);
    }

    /** Every word of the match begins with a capital ("This Week", "60 Minutes"), and it has a word. */
    private static boolean titleCase(List<Token> tokens, int first, int last) {
        boolean word = false;
        for (int i = first; i <= last && i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
                if (!Character.isUpperCase(t.charAt(0))) {
                    return false;
                }
                word = true;
            }
        }
        return word;
    }

    /** Every word of four letters or more begins with a capital, and there are three or more: a headline. */
    private static boolean headline(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    /** "VOA", "USA": two capitals or more and no small letter (the tagger may call them common nouns). */
    private static boolean acronym(String token) {
        int capitals = 0;
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            capitals += Character.isUpperCase(ch) ? 1 : 0;
        }
        return capitals >= 2;
    }

    private static boolean openingQuote(String token) {
        return token.equals("\"") || token.equals("``") || token.equals("“") || token.equals("‘");
    }
}
