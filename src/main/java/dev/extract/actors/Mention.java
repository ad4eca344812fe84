package dev.extract.actors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One mention of an actor.
 *
 * @param kind name, acronym, title, description, demonym, metonym or pronoun
 * @param role "credit" for a photo credit, else null
 */
public record Mention(String text, int start, int end, int sentence, String kind,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String role) {
}
