package dev.extract.claims;

import dev.extract.actors.Actor;
import dev.extract.text.Document;
import java.util.List;

/** Finds attributed statements; speakers are resolved to {@code actors}. */
public final class ClaimExtractor {

    public List<Claim> extract(Document doc, List<Actor> actors) {
        return List.of();
    }
}
