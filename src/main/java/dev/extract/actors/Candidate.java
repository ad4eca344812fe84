package dev.extract.actors;

/**
 * One mention found by {@link NameFinder}, before aliases are merged and types settled.
 *
 * @param first     index of the first token (in the document's token list)
 * @param last      index of the last token, inclusive
 * @param key       the name as looked up: tokens joined by one space
 * @param kind      name, acronym, demonym, metonym or description
 * @param entry     the gazetteer entry the whole name (or the country it stands for) matches, or null
 * @param group     true for a nationality used as people ("Cubans", "the British")
 * @param title     a title or role seen with the name ("President"), or null
 * @param person    true when the context says person (a title, "X, a spokesman for")
 * @param country   the state the text ties this mention to ("the UK's Ministry of Defence"), or null
 * @param credit    true inside a photo credit
 * @param aliasOf   the key of a name this one abbreviates ("MoD" after "Ministry of Defence (MoD)"), or null
 * @param organisation true when the context says organisation ("retailer Best Buy")
 * @param place     true when the context says place (the place of a dateline: "LONDON, Dec 20 (Reuters) -")
 */
record Candidate(int first, int last, String key, CandidateKind kind, GazetteerEntry entry, boolean group,
                 String title, boolean person, String country, boolean credit, String aliasOf, boolean organisation,
                 boolean place) {

    Candidate(int first, int last, String key, CandidateKind kind, GazetteerEntry entry, boolean group,
              String title, boolean person, String country, boolean credit, String aliasOf) {
        this(first, last, key, kind, entry, group, title, person, country, credit, aliasOf, false, false);
    }

    Candidate(int first, int last, String key, CandidateKind kind, GazetteerEntry entry, boolean group,
              String title, boolean person, String country, boolean credit, String aliasOf, boolean organisation) {
        this(first, last, key, kind, entry, group, title, person, country, credit, aliasOf, organisation, false);
    }

    int length() {
        return last - first + 1;
    }

    Candidate withKey(String newKey) {
        return new Candidate(first, last, newKey, kind, entry, group, title, person, country, credit, aliasOf, organisation, place);
    }

    Candidate withKind(CandidateKind newKind) {
        return new Candidate(first, last, key, newKind, entry, group, title, person, country, credit, aliasOf, organisation, place);
    }
}
