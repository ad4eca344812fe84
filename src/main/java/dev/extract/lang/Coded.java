package dev.extract.lang;

/**
 * A member of a fixed value set that is written in data files and in the output under a short code
 * ("justUnder", "PERSON"). Enums implement it so that a table loader can reject an unknown value with the
 * file and line instead of carrying a bare string through the code.
 */
public interface Coded {
    /** The code as written in data files and in the output. */
    String code();

    /** The member of {@code values} whose code is {@code code}, or null. */
    static <E extends Coded> E byCode(E[] values, String code) {
        for (E value : values) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
