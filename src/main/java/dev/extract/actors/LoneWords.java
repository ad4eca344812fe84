package dev.extract.actors;

import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a capitalised word that stands alone is a name: at a sentence's opening, where every word is
 * capitalised, and inside a sentence, where a capital is weaker evidence than it looks ("Maintenance",
 * "the Spaniard", "-20 C"). Reads what the whole article writes: the words it also writes in lower case and
 * how often a word is capitalised inside sentences. One instance per document.
 */
final class LoneWords {
    private final Lexicon lex;
    private final Set<String> lowerWords;
    private final Map<String, Integer> capitalisedInside;

    LoneWords(Lexicon lex, Document doc) {
        this.lex = lex;
        this.lowerWords = lowerWords(doc.tokens());
        this.capitalisedInside = capitalisedInside(doc);
    }

    /** The words the article writes in lower case somewhere. */
    private static Set<String> lowerWords(List<Token> toks) {
        Set<String> lowerWords = new HashSet<>();
        for (Token t : toks) {
            if (!t.text().isEmpty() && t.text().equals(t.lower())) {
                lowerWords.add(t.text());
            }
        }
        return lowerWords;
    }

    /** How often each capitalised word stands inside a sentence (not at its opening). */
    private static Map<String, Integer> capitalisedInside(Document doc) {
        List<Token> toks = doc.tokens();
        Map<String, Integer> capitalisedInside = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                if (toks.get(k).isCapitalised() && !NameFinder.isInitial(toks, s, k)) {
                    capitalisedInside.merge(toks.get(k).text(), 1, Integer::sum);
                }
            }
        }
        return capitalisedInside;
    }

    /** A lone capitalised word opening a sentence is a name only if known, or never seen in lower case. */
    boolean keepInitial(List<Token> toks, int i, int end) {
        Token t = toks.get(i);
        String key = Lexicon.key(toks.subList(i, i + 1));
        if (lex.isDemonymSingular(key)) {
            return false; // "Spaniard Carlos Alcaraz" is led by a description, "Briton" alone describes
        }
        if (lex.entry(key) != null || lex.demonymAdjective(key) != null || lex.demonymPlural(key) != null) {
            return true;
        }
        boolean verbNext = i + 1 < end && (toks.get(i + 1).isVerb() // "Zorbex said", not "Flights to Japan"
                || ResultsRows.PLAYER_FIGURE.matcher(toks.get(i + 1).text()).matches() // "( Faber 32nd ,"
                || NameFinder.isPossessive(toks.get(i + 1)) && t.isProperNoun()); // "Putin's decree", not "Women's rights"
        boolean bracketed = i > 0 && toks.get(i - 1).text().equals("(") && i + 1 < end && toks.get(i + 1).text().equals(")")
                && (t.isProperNoun() || t.tag().equals("NOUN")); // "Ed de Goey ( Feyenoord )": a club, a party, a place
        boolean placeScored = i + 1 < end && ResultsRows.isScore(toks.get(i + 1).text()) && lex.worldPlace(key) != null; // ": Warwickshire 255-9 ("
        return (NameShape.isAllCaps(key) && key.length() > 1) || bracketed || placeScored || ResultsRows.opensRow(toks, i, end) // "Peterborough 2 Crewe 2"
                || ((t.isProperNoun() || NameShape.isCamelCase(t.text())) && verbNext && !lowerWords.contains(t.lower()));
    }

    /** A lone capitalised common noun or adjective inside a sentence ("Maintenance", "European") is no name. */
    boolean keepSingle(List<Token> toks, Token t) {
        if (t.text().length() == 1 || lex.isDemonymSingular(t.text())) {
            return false; // "fell to -20 C", "Plan B": a letter alone names nothing; "the Spaniard" describes a person
        }
        if (numbered(toks, t) && lex.entry(t.text()) == null) {
            return false; // "5th Avenue": a numbered street, no actor by its word alone
        }
        boolean repeatedNoun = t.tag().equals("NOUN") && !lowerWords.contains(t.lower())
                && capitalisedInside.getOrDefault(t.text(), 0) >= 2; // "Scientology", tagged NOUN throughout
        boolean described = t.index() > 0 && lex.isOrgDescriptor(toks.get(t.index() - 1).lower()); // "maker Europrop"
        boolean pluralAfterThe = t.tag().equals("NOUN") && t.index() > 0 && toks.get(t.index() - 1).lower().equals("the")
                && t.text().endsWith("s") && !lowerWords.contains(t.lower()); // "held off the Lakers": a team or a party
        if (lowerWords.contains(t.lower()) && lex.entry(t.text()) == null && !NameShape.isAllCaps(t.text()) && lex.placeWord(t.text()) == null) {
            return false; // "Iodine deficiency" when the article also writes "iodine": kept only if named elsewhere
        }
        return t.isProperNoun() || NameShape.isAllCaps(t.text()) || NameShape.isCamelCase(t.text()) || lex.entry(t.text()) != null || repeatedNoun
                || ResultsRows.betweenScores(toks, t.index()) // "Peterborough 2 Crewe 2"
                || described || pluralAfterThe
                || lex.demonymAdjective(t.text()) != null || lex.demonymPlural(t.text()) != null;
    }

    /** A street word after an ordinal or a number: "5th Avenue", "42nd Street", "between 4th and 5th Street". */
    private boolean numbered(List<Token> toks, Token t) {
        int i = t.index();
        return i > 0 && Character.isDigit(toks.get(i - 1).text().charAt(0)) && lex.placeWord(t.text()) != null
                && lex.placeWord(t.text()).subtype() == Subtype.FACILITY;
    }

}
