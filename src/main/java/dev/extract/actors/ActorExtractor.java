package dev.extract.actors;

import dev.extract.text.Document;
import java.util.List;

/** Finds the people, organisations, places and groups an article names, with aliases merged. */
public final class ActorExtractor {

    public List<Actor> extract(Document doc) {
        return List.of();
    }
}
