package dev.extract.actors;

import java.util.List;

/**
 * One real-world actor with all its mentions in the article.
 *
 * @param id      {@code a1}, {@code a2}, … by first mention
 * @param name    canonical name: the longest proper form
 * @param type    PERSON, ORGANIZATION, LOCATION or GROUP
 * @param subtype country, city, company, government, media, military … or null
 * @param titles  titles seen with the name ("President")
 * @param country country the actor belongs to, when the text says ("the UK's Ministry of Defence")
 * @param gender  a person's gender when a title, the given name or the pronouns show it, else null
 * @param role    a person's title where the text names the organisation they hold it in, else null
 * @param affiliation the id of that organisation's actor ("President" of "a2"), else null
 * @param count   number of mentions
 */
public record Actor(
        String id, String name, String type,
        String subtype,
        List<String> titles,
        String country,
        Gender gender,
        String role,
        String affiliation,
        int count,
        List<Mention> mentions) {

    /** An actor whose gender is not known (not a person, or nothing shows it). */
    public Actor(String id, String name, String type, String subtype, List<String> titles, String country,
                 int count, List<Mention> mentions) {
        this(id, name, type, subtype, titles, country, null, null, null, count, mentions);
    }

    /** An actor with no affiliation. */
    public Actor(String id, String name, String type, String subtype, List<String> titles, String country,
                 Gender gender, int count, List<Mention> mentions) {
        this(id, name, type, subtype, titles, country, gender, null, null, count, mentions);
    }
}
