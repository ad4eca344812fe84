package dev.extract.bench;

/** A Java main that does nothing: the JVM's own start-up cost, for scale. */
public final class TrivialMain {
    public static void main(String[] args) {
        System.out.println("ok");
    }
}
