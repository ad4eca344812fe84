package dev.extract.actors;


/**
 * One mention of an actor.
 *
 * @param kind name, acronym, title, description, demonym, metonym or pronoun
 * @param role "credit" for a photo credit, else null
 */
public record Mention(String text, int start, int end, int sentence, String kind,
                      String role) {
}
