package dev.extract.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an input's bytes into text without changing a character: UTF-8 when the bytes are valid UTF-8
 * (a BOM is kept, so offsets count it), else windows-1252 with a warning. Binary data, empty input and
 * input over the size limit are refused with an {@link InputException}.
 */
public final class TextDecoder {
    public static final int DEFAULT_MAX_CHARS = 2_000_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final int maxChars;

    public TextDecoder(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The text, and a warning when it was not UTF-8. */
    public record Decoded(String text, Optional<String> warning) {
    }

    public Decoded decode(byte[] bytes) throws InputException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException("binary", "not a text file (contains NUL bytes)");
            }
        }
        String text;
        Optional<String> warning = Optional.empty();
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
            warning = Optional.of("not valid UTF-8; read as windows-1252");
        }
        return new Decoded(check(text), warning);
    }

    /** Checks text that arrived already decoded (a JSON Lines field, a library call). */
    public String check(String text) throws InputException {
        if (text.indexOf('\0') >= 0) {
            throw new InputException("binary", "not text (contains NUL characters)");
        }
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || c == 0xFEFF)) {
            throw new InputException("empty", "empty input: no text to read");
        }
        if (text.length() > maxChars && text.codePointCount(0, text.length()) > maxChars) {
            throw new InputException("too-large", "input has " + text.codePointCount(0, text.length())
                    + " characters, over the limit of " + maxChars + " (see --max-chars)");
        }
        return text;
    }
}
