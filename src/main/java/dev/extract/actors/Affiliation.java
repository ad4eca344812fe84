package dev.extract.actors;

/** A person's affiliation: the index of the organisation's cluster and the title that ties them. */
record Affiliation(int organisation, String role) {
}
