package dev.extract.cli;

import dev.extract.source.InputException;
import dev.extract.text.Surrogates;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an input's bytes into text without changing a character: UTF-16 or UTF-32 when a byte-order mark
 * says so, else UTF-8 (a BOM is kept, so offsets count it). Bytes that are not UTF-8 in a file that holds
 * UTF-8 (a stray byte) become U+FFFD with a warning; a file with no UTF-8 sequence at all is read as
 * windows-1252 with a warning. Lone surrogates become U+FFFD with a warning. Binary data, empty input and
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
        Charset declared = byteOrderMark(bytes);
        if (declared != null) {
            // the BOM stays, as U+FEFF, like a UTF-8 one (the UTF-32 decoders would drop it)
            int bom = declared.name().startsWith("UTF-32") ? 4 : 2;
            return checked("\uFEFF" + new String(bytes, bom, bytes.length - bom, declared));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException("binary", "not a text file (contains NUL bytes)");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return checked(text);
        } catch (CharacterCodingException e) {
            if (hasUtf8Sequence(bytes)) {
                Decoded d = checked(new String(bytes, StandardCharsets.UTF_8));
                return new Decoded(d.text(), Optional.of("not valid UTF-8 in places; the bad bytes read as U+FFFD"));
            }
            Decoded d = checked(new String(bytes, WINDOWS_1252));
            return new Decoded(d.text(), Optional.of("not valid UTF-8; read as windows-1252"));
        }
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence: the file is UTF-8. */
    private static boolean hasUtf8Sequence(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int lead = b[i] & 0xFF;
            int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > b.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                ok &= (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** Checks decoded text, replacing lone surrogates by U+FFFD (one for one, so offsets hold) with a warning. */
    public Decoded checked(String text) throws InputException {
        String clean = Surrogates.withoutLoneSurrogates(text);
        Optional<String> warning = clean == text ? Optional.empty()
                : Optional.of("lone surrogate code units (invalid UTF-16) read as U+FFFD");
        return new Decoded(check(clean), warning);
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
