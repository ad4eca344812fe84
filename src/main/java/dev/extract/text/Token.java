package dev.extract.text;

/**
 * One OpenNLP token. {@code from}/{@code to} are UTF-16 indices into {@link Document#text()}, the form
 * Java strings and regular expressions use; turn them into code points with {@link Document#span(int, int)}.
 *
 * @param index    position in the document's token list
 * @param tag      Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, AUX, NUM, ADP, PUNCT …).
 *                 The English model gives no tense or number: read those from the word form.
 * @param sentence index of the sentence that holds the token
 * @param lower    the text in lower case (Locale.ROOT)
 */
public record Token(int index, int from, int to, String text, String tag, int sentence, String lower) {

    /** A token whose lower-case form is computed once here: every extractor asks for it, often. */
    public Token(int index, int from, int to, String text, String tag, int sentence) {
        this(index, from, to, text, tag, sentence, text.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isProperNoun() {
        return tag.equals("PROPN");
    }

    public boolean isVerb() {
        return tag.equals("VERB") || tag.equals("AUX");
    }

    public boolean isNumber() {
        return tag.equals("NUM");
    }

    public boolean isPunctuation() {
        return tag.equals("PUNCT");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
