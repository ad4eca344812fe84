package dev.extract.actors;

import java.util.List;

/** The candidate mentions of one actor, in order of first mention, with the type and subtype settled for it. */
record Cluster(List<Candidate> members, ActorType type, Subtype subtype) {
}
