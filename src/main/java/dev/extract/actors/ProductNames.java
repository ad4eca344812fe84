package dev.extract.actors;

import dev.extract.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Names of products and vessels, which are no actors in any of their mentions. Stateless apart from the lexicon. */
final class ProductNames {
    /** Capitals glued to a version number: "IE6", "IE9" (a product line and its version). */
    private static final Pattern MODEL_CODE = Pattern.compile("\\p{Lu}{2,}[0-9]+");

    private final Lexicon lex;
    private final NameFinder finder;

    ProductNames(Lexicon lex, NameFinder finder) {
        this.lex = lex;
        this.finder = finder;
    }

    /**
     * One sense per article: a name the article gives a product or a vessel ("Space Shuttle Atlantis", "the cruise ship
     * Freewinds") is the product in its bare mentions too ("Atlantis will go on display", "on board the Freewinds").
     */
    void drop(List<Token> toks, List<Candidate> out) {
        Set<String> products = new HashSet<>();
        for (Token t : toks) {
            String w = t.text();
            boolean versioned = w.length() > 2 && Character.isDigit(w.charAt(w.length() - 1)) && MODEL_CODE.matcher(w).matches();
            String code = versioned ? w.substring(0, firstDigit(w)) : null;
            if (code != null && lex.entry(code) == null) {
                products.add(code); // "IE" beside "IE6": the product line, not its maker
            }
        }
        for (int k = 1; k < toks.size(); k++) {
            if (lex.isProduct(toks.get(k - 1).text()) && finder.startsName(toks.get(k)) && toks.get(k).sentence() == toks.get(k - 1).sentence()) {
                int end = k;
                while (end < toks.size() && end - k < NameFinder.MAX_RUN && toks.get(end).sentence() == toks.get(k).sentence()) {
                    end++;
                }
                products.add(Lexicon.key(toks.subList(k, finder.extend(toks, k, end) + 1)));
            }
        }
        if (!products.isEmpty()) {
            out.removeIf(c -> c.kind() == CandidateKind.NAME && products.contains(c.key()));
        }
    }

    private static int firstDigit(String w) {
        int k = 0;
        while (k < w.length() && !Character.isDigit(w.charAt(k))) {
            k++;
        }
        return k;
    }
}
