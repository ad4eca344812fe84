package dev.extract.actors;

/** A gazetteer entry: what a known name stands for. {@code country} is the state a place lies in. */
record GazetteerEntry(String name, ActorType type, Subtype subtype, String country) {
}
