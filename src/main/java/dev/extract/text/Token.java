package dev.extract.text;

/**
 * One OpenNLP token. {@code from}/{@code to} are UTF-16 indices into {@link Document#text()}, the form
 * Java strings and regular expressions use; turn them into code points with {@link Document#span(int, int)}.
 *
 * @param index    position in the document's token list
 * @param tag      part-of-speech tag (Penn Treebank, e.g. NNP, VBD)
 * @param sentence index of the sentence that holds the token
 */
public record Token(int index, int from, int to, String text, String tag, int sentence) {

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    public boolean isPastTense() {
        return tag.equals("VBD") || tag.equals("VBN");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
