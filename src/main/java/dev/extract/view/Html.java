package dev.extract.view;

/** HTML escaping: article text is untrusted, so every character that could open markup is escaped. */
final class Html {
    private Html() {
    }

    /** Text or attribute value, escaped; C0 controls other than tab and line breaks become U+FFFD. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> appendEscaped(out, cp));
        return out.toString();
    }

    static void appendEscaped(StringBuilder out, int cp) {
        switch (cp) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> {
                boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp == 0x7f;
                out.appendCodePoint(control ? 0xFFFD : cp);
            }
        }
    }
}
