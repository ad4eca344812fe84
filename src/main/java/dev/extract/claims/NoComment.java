package dev.extract.claims;

import dev.extract.text.NounPhrases;
import dev.extract.lang.LanguagePack;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "The campaign declined to comment", "Smith did not respond to a request for comment": who was asked and said
 * nothing is news to a fact-checker. A claim of kind noComment with its source and cue and no content.
 */
final class NoComment {
    /** Phrases by their first word, longest first, so "did not immediately respond to" wins over shorter ones. */
    private static final Map<String, List<List<String>>> PHRASES = load();

    private final List<Token> toks;

    NoComment(Document doc) {
        this.toks = doc.tokens();
    }

    private static Map<String, List<List<String>>> load() {
        Map<String, List<List<String>>> out = new HashMap<>();
        for (String[] row : LanguagePack.english().cells("claims/no-comment.tsv")) {
            List<String> words = List.of(row[0].strip().toLowerCase(Locale.ROOT).split(" "));
            out.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
        }
        out.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        return out;
    }

    /** The no-comment record whose phrase starts at token {@code k} of sentence {@code s}, or null. */
    Draft at(Sentence s, int k) {
        List<List<String>> candidates = PHRASES.get(toks.get(k).lower());
        if (candidates == null || k == s.firstToken()) {
            return null;
        }
        for (List<String> phrase : candidates) {
            if (Clauses.matches(toks, k, s.endToken(), phrase)) {
                return draft(s, k, k + phrase.size());
            }
        }
        return null;
    }

    private Draft draft(Sentence s, int k, int end) {
        int j = k - 1;
        while (j > s.firstToken() && toks.get(j).tag().equals("ADV")) {
            j--; // "has so far declined to comment"
        }
        Subjects.Subject sub = Subjects.endingAt(toks, j, s.firstToken());
        if (sub == null) {
            return null;
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, sub.speaker());
        Lexicon.CueEntry cue = Lexicon.CueEntry.of("no comment", Stance.NEUTRAL, CuePos.VERB);
        return new Draft(ClaimKind.NO_COMMENT, toks.get(shown.first()).from(), toks.get(shown.last()).to(), shown.pronoun(),
                toks.get(k).from(), toks.get(end - 1).to(), cue, -1, -1, s.index(), false);
    }
}
