package dev.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.extract.actors.Actor;
import dev.extract.actors.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaker-to-actor links against hand-built actor lists (the actor extractor is built elsewhere). */
class SpeakerResolverTest {

    private static Actor actor(String id, String name, String type, Mention... mentions) {
        return new Actor(id, name, type, null, List.of(), null, mentions.length, List.of(mentions));
    }

    private static Mention name(String text, int start) {
        return new Mention(text, start, start + text.length(), 0, "name", null);
    }

    private final List<Actor> actors = List.of(
            actor("a1", "Russia", "LOCATION", name("Russia", 10), name("Moscow", 200)),
            actor("a2", "Vladimir Putin", "PERSON", name("Vladimir Putin", 40), name("Putin", 300)),
            actor("a3", "Ministry of Defence", "ORGANIZATION", name("Ministry of Defence", 120), name("MoD", 150)),
            actor("a4", "UK", "LOCATION", name("UK", 112)));

    @Test
    void overlappingMentionGivesTheActor() {
        Claim.Speaker s = SpeakerResolver.resolve("Putin", 300, 305, false, actors);
        assertEquals("a2", s.actor());
        assertEquals("name", s.resolution());
    }

    @Test
    void headOfAPhraseWinsOverItsPossessor() {
        // "the UK's Ministry of Defence": both UK and the ministry overlap; the ministry ends the phrase
        Claim.Speaker s = SpeakerResolver.resolve("the UK's Ministry of Defence", 108, 139, false, actors);
        assertEquals("a3", s.actor());
    }

    @Test
    void sameTextElsewhereMatchesByName() {
        Claim.Speaker s = SpeakerResolver.resolve("MoD", 500, 503, false, actors);
        assertEquals("a3", s.actor());
    }

    @Test
    void itResolvesToTheNearestEarlierNonPerson() {
        Claim.Speaker s = SpeakerResolver.resolve("it", 260, 262, true, actors);
        assertEquals("a1", s.actor()); // Moscow at 200 is nearer than the MoD at 150; Putin is a person
        assertEquals("pronoun", s.resolution());
    }

    @Test
    void heResolvesToAPerson() {
        Claim.Speaker s = SpeakerResolver.resolve("he", 400, 402, true, actors);
        assertEquals("a2", s.actor());
        assertEquals("pronoun", s.resolution());
    }

    @Test
    void sheSkipsANearerMan() {
        List<Actor> people = List.of(
                new Actor("p1", "Angela Merkel", "PERSON", null, List.of(), null, dev.extract.actors.Gender.FEMALE, 1,
                        List.of(name("Angela Merkel", 0))),
                new Actor("p2", "Olaf Scholz", "PERSON", null, List.of(), null, dev.extract.actors.Gender.MALE, 1,
                        List.of(name("Olaf Scholz", 40))),
                new Actor("p3", "Alex Kim", "PERSON", null, List.of(), null, null, 1, List.of(name("Alex Kim", 80))));
        assertEquals("p1", SpeakerResolver.resolve("she", 70, 73, true, people).actor());
        assertEquals("p2", SpeakerResolver.resolve("he", 70, 73, true, people).actor());
        assertEquals("p3", SpeakerResolver.resolve("she", 100, 103, true, people).actor()); // gender unknown: nearest
    }

    @Test
    void aPossessorOrComplementIsNotTheSpeaker() {
        assertNull(SpeakerResolver.resolve("Putin's lawyer", 300, 314, false, actors).actor());
        // "a spokesman for the MoD" at 1000: the MoD mentioned inside the complement
        List<Actor> withMod = List.of(actor("m1", "Ministry of Defence", "ORGANIZATION", name("MoD", 1020)));
        assertNull(SpeakerResolver.resolve("a spokesman for the MoD", 1000, 1023, false, withMod).actor());
        assertEquals("m1", SpeakerResolver.resolve("the MoD", 1016, 1023, false, withMod).actor());
    }

    @Test
    void pronounWithNoEarlierActorStaysOpen() {
        Claim.Speaker s = SpeakerResolver.resolve("she", 5, 8, true, actors);
        assertNull(s.actor());
        assertNull(s.resolution());
    }

    @Test
    void descriptionResolvesToTheNearestFittingActor() {
        Claim.Speaker s = SpeakerResolver.resolve("the ministry", 600, 612, false, actors);
        assertEquals("a3", s.actor());
        assertEquals("description", s.resolution());
    }

    @Test
    void noActorsMeansNoLink() {
        Claim.Speaker s = SpeakerResolver.resolve("Reuters", 0, 7, false, List.of());
        assertNull(s.actor());
        assertEquals("Reuters", s.text());
    }
}
