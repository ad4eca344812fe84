package dev.extract.actors;

import dev.extract.lang.Coded;

/** What kind of actor a name stands for; the code is written in the output's {@code type}. */
public enum ActorType implements Coded {
    PERSON, ORGANIZATION, LOCATION, GROUP;

    @Override
    public String code() {
        return name();
    }
}
