package dev.extract.cli;

/**
 * Whether standard input, output and error are terminals. Java cannot ask isatty(), so bin/extract asks
 * the shell and passes {@code -Dextract.tty=} with "0", "1" and/or "2" in it; without that (java -jar), a
 * console means all three are.
 */
final class Terminal {
    private Terminal() {
    }

    static boolean stdin() {
        return is('0');
    }

    static boolean stdout() {
        return is('1');
    }

    static boolean stderr() {
        return is('2');
    }

    /** Colour on standard output: a terminal, and NO_COLOR (no-color.org) unset or empty. */
    static boolean colourOnStdout() {
        String noColor = System.getenv("NO_COLOR");
        return stdout() && (noColor == null || noColor.isEmpty());
    }

    private static boolean is(char fd) {
        String told = System.getProperty("extract.tty");
        return told != null ? told.indexOf(fd) >= 0 : System.console() != null;
    }
}
