package dev.extract.actors;

import dev.extract.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one run of capitalised tokens into mentions: peels titles ("President Vladimir Putin"), splits at a
 * title inside the run ("U.S. President Donald Trump") and at a leading country ("UK RAF"), drops events
 * ("World War"), and reads nationality words as demonyms or groups and capitals that act as their state.
 */
final class RunSplitter {
    private static final int CONTEXT_WINDOW = 5;
    /** Tags of a word that, after a nationality adjective, makes it a modifier ("the British government"). */
    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Pattern THREE_DIGITS = Pattern.compile("[0-9]{3}s?");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");

    private final Lexicon lex;

    RunSplitter(Lexicon lex) {
        this.lex = lex;
    }

    /** Emits the mentions of run {@code [i, j]}; {@code end} is the sentence's end token. Returns the last token used. */
    int split(List<Token> toks, int i, int j, int end, List<Candidate> out) {
        if (j > i && (Lexicon.is(CueRole.SERVICE_NUMBER_WORD, toks.get(j).text()) && j + 1 < end && toks.get(j + 1).isNumber()
                || hyphenedNumberAfter(toks, j, end))) {
            j--; // "Air France Flight 447": the airline; "Frankfurt DAX-30": the place
        } else if ((i > 0 && lex.isProduct(toks.get(i - 1).text()))
                || (j + 1 < end && isModelCode(toks.get(j + 1).text()) && !isPersonOrPlace(toks, i, j))
                || i == j && hyphenedNumberAfter(toks, j, end)) {
            return j; // "iPhone SDK", "Airbus A330", "Boeing 787": a product, not its maker
        }
        String whole = Lexicon.key(toks.subList(i, j + 1));
        if (lex.isTitle(whole) || lex.isPartyStateTag(whole)) { // "R-Texas" as the tokenizer splits it
            return j; // "the Prime Minister", "Chief Operating Officer": a title alone names no one here
        }
        if (i == j && lex.orgWord(whole) != null && lex.entry(whole) == null && lex.orgWord(whole) != Subtype.TEAM) {
            // "the Church": kept only if it shortens the one organisation named with that word
            out.add(new Candidate(i, j, whole, CandidateKind.HEAD, null, false, null, false, null, false, null));
            return j;
        }
        int start = i;
        String title = null;
        boolean known = lex.entry(Lexicon.key(toks.subList(i, j + 1))) != null || hasOrgWord(toks, i, j);
        for (int len = titleAt(toks, i, j); len > 0 && !known; len = titleAt(toks, i, j)) {
            title = surface(toks, i, i + len - 1);
            i += len;
        }
        if (title == null) {
            title = titleBefore(toks, i);
        }
        while (j > i && !known && !lex.isFirstName(toks.get(i).text()) && trailingTitle(toks, i, j) > 0) {
            j -= trailingTitle(toks, i, j); // "Ryanair CEO": the title belongs to the person named next
        }
        if (lex.isTitle(Lexicon.key(toks.subList(i, j + 1))) || isProduct(toks, i, j)) {
            return j;
        }
        int inside = splitInside(toks, i, j, end, title, start, known, out);
        return inside >= 0 ? inside : emit(toks, i, j, end, title, start, out);
    }

    /**
     * Splits the name {@code [i, j]} where a second name starts inside it, emitting both; returns the last token
     * used, or -1 when the name is one.
     */
    private int splitInside(List<Token> toks, int i, int j, int end, String title, int start, boolean known, List<Candidate> out) {
        // a title inside the run ends one name and starts a person's: "U.S. President Donald Trump"
        boolean personFirst = lex.isFirstName(toks.get(i).text()); // "Martin Luther King" keeps its King
        for (int p = i + 1; p < j && !personFirst; p++) {
            int len = titleAt(toks, p, j);
            if (len > 0 && (!known || namedPersonAt(toks, p + len, j))) {
                // "Indiana State Teachers Association President Keith Gambill": the organisation, then its officer
                emit(toks, i, p - 1, end, title, start, out);
                return split(toks, p, j, end, out);
            }
        }
        // a known name or acronym right before a first name: "NASA Charles Bolden" reads as two names
        for (int p = i + 1; p < j && title == null; p++) {
            String left = Lexicon.key(toks.subList(i, p));
            if (lex.isFirstName(toks.get(p).text()) && !lex.isFirstName(toks.get(p - 1).text())
                    && (lex.entry(left) != null || NameShape.isAllCaps(left) || lex.orgWord(toks.get(p - 1).text()) != null)) {
                emit(toks, i, p - 1, end, null, start, out);
                return split(toks, p, j, end, out);
            }
        }
        return -1;
    }

    /** Emits the name {@code [i, j]}; {@code start} is where its run began, before any title. */
    private int emit(List<Token> toks, int i, int j, int end, String title, int start, List<Candidate> out) {
        if (lex.isEventWord(toks.get(j).text())) {
            return j;
        }
        for (int e = j - 1; e >= i && j - e <= Lexicon.MAX_NAME_TOKENS; e--) {
            GazetteerEntry place = lex.isEventWord(toks.get(e).text()) ? lex.entry(Lexicon.key(toks.subList(e + 1, j + 1))) : null;
            if (place != null && place.type() == ActorType.LOCATION) {
                return emit(toks, e + 1, j, end, null, e + 1, out); // "Fan Expo Canada": the event is no actor, its place is
            }
        }
        String key = Lexicon.key(toks.subList(i, j + 1));
        GazetteerEntry entry = lex.entry(key);
        boolean person = title != null;
        if (entry == null && j > i && !hasOrgWord(toks, i, j) && !lex.isFirstName(toks.get(i).text()) && title == null
                && lex.placeWord(toks.get(j).text()) == null) { // "Hong Kong Island" is one place
            int p = countryPrefix(toks, i, j);
            if (p >= i) {
                emit(toks, i, p, end, null, i, out);
                return emit(toks, p + 1, j, end, null, p + 1, out);
            }
        }
        String country = countryOf(toks, i, j, start, out);
        String plural = lex.demonymPlural(key);
        String adjective = lex.demonymAdjective(key);
        boolean place = entry != null && entry.type() == ActorType.LOCATION;
        if (title == null && !place && (plural != null || adjective != null)) {
            emitNationality(toks, i, j, end, key, plural, adjective, out);
        } else if (title == null && lex.capitalOf(key) != null && !lex.capitalOf(key).equals(key) && actsAsState(toks, i, j, end)) {
            out.add(new Candidate(i, j, key, CandidateKind.METONYM, lex.entry(lex.capitalOf(key)), false, null, false, null, false, null));
        } else {
            // "retailer Best Buy", "engine maker Europrop": a descriptor noun right before the name
            boolean organisation = start > 0 && lex.isOrgDescriptor(toks.get(start - 1).lower());
            out.add(new Candidate(i, j, key, CandidateKind.NAME, entry, false, title, person, country, false, null, organisation));
        }
        // "Ministry of Defence (MoD)": the bracketed acronym is a mention of the same actor
        if (j + 3 < end && toks.get(j + 1).text().equals("(") && toks.get(j + 3).text().equals(")")
                && isAcronym(toks.get(j + 2).text()) && j > i && !isKnownPlace(toks.get(j + 2).text())) {
            Token a = toks.get(j + 2);
            out.add(new Candidate(j + 2, j + 2, a.text(), CandidateKind.ACRONYM, lex.entry(a.text()), false, null, false, country, false, key));
            return j + 3;
        }
        return j;
    }

    /** The state the name {@code [i, j]} belongs to: said before it ("the UK's"), or its own first words ("British Retail Consortium"). */
    private String countryOf(List<Token> toks, int i, int j, int start, List<Candidate> out) {
        String country = countryBefore(toks, start, out);
        if (country == null && j > i && hasOrgWord(toks, i, j)) {
            int p = countryPrefix(toks, i, j); // "British Retail Consortium", "U.S. Court of Appeals"
            String k = p >= i ? Lexicon.key(toks.subList(i, p + 1)) : null;
            country = k == null ? null : lex.demonymAdjective(k) != null ? lex.demonymAdjective(k) : lex.entry(k).name();
        }
        return country;
    }

    /** "Cubans", "the British": a group; "Russian troops": a demonym, and "the Russian president" a description. */
    private void emitNationality(List<Token> toks, int i, int j, int end, String key, String plural, String adjective, List<Candidate> out) {
        if (adjective == null || isGroupUse(toks, i, j, end)) {
            out.add(new Candidate(i, j, key, CandidateKind.NAME, null, true, null, false, plural != null ? plural : adjective, false, null));
            return;
        }
        out.add(new Candidate(i, j, key, CandidateKind.DEMONYM, lex.entry(adjective), false, null, false, null, false, null));
        Token role = j + 1 < end ? toks.get(j + 1) : null;
        if (role != null && i > 0 && toks.get(i - 1).lower().equals("the") && !role.isCapitalised() && lex.isTitle(role.text())) {
            // "the Russian president": a description, kept only if one named person fits
            out.add(new Candidate(i - 1, j + 1, role.lower(), CandidateKind.DESCRIPTION, null, false, role.text(), true, adjective, false, null));
        }
    }

    /** A given name or an initial opening the rest of the run ("... President Keith Gambill"), and no organisation word in it. */
    private boolean namedPersonAt(List<Token> toks, int p, int j) {
        String w = toks.get(p).text();
        boolean given = lex.isFirstName(w) || GenderReader.get().givenName(w) != null || isInitials(w);
        return p < j && given && !hasOrgWord(toks, p, j) && lex.entry(Lexicon.key(toks.subList(p, j + 1))) == null;
    }

    /** "Anthony Washington ( U.S. )": a known place in brackets is the name's country, not its acronym. */
    private boolean isKnownPlace(String word) {
        GazetteerEntry e = lex.entry(word);
        return e != null && e.type() == ActorType.LOCATION;
    }

    /** "J. Crawley 106", "England 326": a person or a place before a number makes no product. */
    private boolean isPersonOrPlace(List<Token> toks, int i, int j) {
        GazetteerEntry e = lex.entry(Lexicon.key(toks.subList(i, j + 1)));
        return e != null && e.type() == ActorType.LOCATION || startsWithInitial(toks, i, j) || lex.isFirstName(toks.get(i).text());
    }

    /** "J.", "D.A.": one to three initials, each with its full stop; not a known name ("U.S."). */
    static boolean isInitials(String w) {
        return INITIALS.matcher(w).matches() && Lexicon.get().entry(w) == null;
    }

    /** "J. Crawley", "G . Thorpe": an initial and a full stop open a name of two or more words. */
    static boolean startsWithInitial(List<Token> toks, int i, int j) {
        String w = toks.get(i).text();
        boolean dotted = isInitials(w);
        boolean split = NameShape.isInitialLetter(w) && i + 1 < j && toks.get(i + 1).text().equals(".");
        return j > i && (dotted || split);
    }

    /** "STS-1", "SS-20": a hyphen and a number glued to the name's last word make a code, not an actor. */
    private static boolean hyphenedNumberAfter(List<Token> toks, int j, int end) {
        Token last = toks.get(j);
        if (last.text().chars().anyMatch(Character::isDigit)) {
            return false; // "Airbus A330-200": a model code, read as a product below
        }
        if (last.text().endsWith("-") && last.text().length() > 1) {
            return j + 1 < end && toks.get(j + 1).from() == last.to() && Character.isDigit(toks.get(j + 1).text().charAt(0));
        }
        String next = j + 1 < end ? toks.get(j + 1).text() : "";
        if (next.length() > 1 && next.charAt(0) == '-' && Character.isDigit(next.charAt(1)) && toks.get(j + 1).from() == last.to()) {
            return true; // "STS-135" as the tokenizer splits it: "STS" "-135"
        }
        return j + 2 < end && toks.get(j + 1).text().equals("-") && toks.get(j + 1).from() == last.to()
                && toks.get(j + 2).from() == toks.get(j + 1).to() && Character.isDigit(toks.get(j + 2).text().charAt(0));
    }

    /** "A330", "737s", "787": a model number after a maker's name. Four digits are more likely a year. */
    private static boolean isModelCode(String w) {
        boolean digit = false;
        boolean letter = false;
        for (int k = 0; k < w.length(); k++) {
            digit |= Character.isDigit(w.charAt(k));
            letter |= Character.isLetter(w.charAt(k));
        }
        boolean modelish = Character.isLetter(w.charAt(0)) || THREE_DIGITS.matcher(w).matches();
        return digit && modelish && (letter || w.length() == 3);
    }

    static boolean isAcronym(String w) {
        int upper = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLowerCase(c) && c != '.' && c != '&') {
                return false;
            }
        }
        return upper >= 2 && upper > w.length() - upper - 1 && Character.isUpperCase(w.charAt(0));
    }

    /** "the British said", "the Chinese": a nationality adjective used as people, with no noun after it. */
    private static boolean isGroupUse(List<Token> toks, int i, int j, int end) {
        boolean afterThe = i > 0 && toks.get(i - 1).lower().equals("the");
        Token next = j + 1 < end ? toks.get(j + 1) : null;
        boolean nounFollows = next != null && NOMINAL_TAGS.contains(next.tag());
        return afterThe && !nounFollows;
    }

    /** "Moscow claimed", "fight for Moscow": a capital standing for its government. */
    private static boolean actsAsState(List<Token> toks, int i, int j, int end) {
        int k = j + 1;
        while (k < end && toks.get(k).tag().equals("ADV")) {
            k++;
        }
        boolean verbNext = k < end && toks.get(k).isVerb();
        boolean objectOf = i > 0 && Lexicon.is(CueRole.ACTING_AFTER, toks.get(i - 1).lower());
        return verbNext || objectOf;
    }

    /** The last token of a country or nationality that opens the run ("UK RAF", "Afghan Girls"), or -1. */
    private int countryPrefix(List<Token> toks, int i, int j) {
        for (int p = j - 1; p >= i; p--) {
            String k = Lexicon.key(toks.subList(i, p + 1));
            GazetteerEntry e = lex.entry(k);
            if ((e != null && Subtype.COUNTRY == e.subtype()) || lex.demonymAdjective(k) != null) {
                return p;
            }
        }
        return -1;
    }

    /** "the UK's Ministry of Defence", "the Russian state media agency TASS": the state the name belongs to. */
    private String countryBefore(List<Token> toks, int i, List<Candidate> out) {
        if (i >= 2 && NameFinder.isPossessive(toks.get(i - 1)) && !out.isEmpty()) {
            Candidate prev = out.get(out.size() - 1);
            if (prev.last() == i - 2 && prev.entry() != null && prev.entry().subtype() == Subtype.COUNTRY) {
                return prev.entry().name();
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - CONTEXT_WINDOW); k--) {
            Token t = toks.get(k);
            if (t.isVerb() || t.isPunctuation() || t.tag().equals("PROPN")) {
                break;
            }
            String c = lex.demonymAdjective(t.text());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private boolean hasOrgWord(List<Token> toks, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (lex.orgWord(toks.get(k).text()) != null && (k > i || j > i)) {
                return true;
            }
        }
        return false;
    }

    /** The words as written: no space where the text has none ("Gen."). */
    static String surface(List<Token> toks, int i, int j) {
        StringBuilder b = new StringBuilder(toks.get(i).text());
        for (int k = i + 1; k <= j; k++) {
            b.append(toks.get(k).from() > toks.get(k - 1).to() ? " " : "").append(toks.get(k).text());
        }
        return b.toString();
    }

    /** Number of tokens of a title that ends the run at {@code j}, leaving a name before it. */
    private int trailingTitle(List<Token> toks, int i, int j) {
        for (int len = Math.min(lex.maxTitleTokens(), j - i); len > 0; len--) {
            if (lex.isTitle(Lexicon.key(toks.subList(j - len + 1, j + 1)))) {
                return len;
            }
        }
        return 0;
    }

    /** "Airbus A330", "Boeing 787 Dreamliner", "Mac OS X": products and model codes are not actors. */
    private boolean isProduct(List<Token> toks, int i, int j) {
        if (lex.entry(Lexicon.key(toks.subList(i, j + 1))) != null) {
            return false;
        }
        for (int k = i; k <= j; k++) {
            String w = toks.get(k).text();
            if (lex.isProduct(w) || (w.chars().anyMatch(Character::isDigit) && !w.startsWith("$"))) {
                return true;
            }
        }
        return false;
    }

    /** Number of tokens of a capitalised title starting at {@code i} and leaving a name before {@code j}. */
    private int titleAt(List<Token> toks, int i, int j) {
        String first = toks.get(i).text();
        if (j > i && lex.isDemonymSingular(first) && GenderReader.get().givenName(first) == null) {
            return 1; // "Spaniard Rafael Nadal": a nationality before a name describes the person, as a title does
        }
        for (int len = Math.min(lex.maxTitleTokens(), j - i); len > 0; len--) {
            List<Token> words = toks.subList(i, i + len);
            if (words.get(0).isCapitalised() && lex.isTitle(Lexicon.key(words)) && toks.get(i + len).isCapitalised()) {
                return len;
            }
        }
        return 0;
    }

    /** A title or role right before the name: "spokeswoman Sandy Angers", "chief executive Thomas Enders". */
    private String titleBefore(List<Token> toks, int i) {
        for (int len = Math.min(lex.maxTitleTokens(), i); len > 0; len--) {
            if (!toks.get(i - len).isPunctuation() && lex.isTitle(Lexicon.key(toks.subList(i - len, i)))) {
                return surface(toks, i - len, i - 1);
            }
        }
        return null;
    }
}
