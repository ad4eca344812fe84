package dev.extract.source;

/**
 * An input the tool cannot read as an article. {@code code} is stable and machine-readable
 * (it appears in error records); the message is one line for a person.
 */
public final class InputException extends Exception {
    private final String code;

    public InputException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
