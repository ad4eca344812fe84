package dev.extract.actors;

import static dev.extract.spec.SpecCorpus.code;

import dev.extract.spec.SpecCorpus;
import dev.extract.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of {@code testdata/actors.tsv}: {@code text TAB actors}. Actors are separated by {@code ;} and listed
 * by first mention, each as {@code TYPE[/subtype] Name [{key=value, ...}]: m1, m2} where a mention is its
 * text, with {@code /kind} unless the kind is {@code name} and {@code /credit} for a photo credit.
 * {@code -} means no actor (the negative example). Every actor the extractor finds must be listed.
 */
final class ActorSpecFormat implements SpecCorpus.Format {
    private static final Pattern ACTOR = Pattern.compile("([A-Z]+)(?:/([a-z]+))? ([^:{]+?)(?: \\{([^}]*)\\})?: (.*)");
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final ActorExtractor EXTRACTOR = new ActorExtractor();

    @Override
    public boolean negative(SpecCorpus.Line line) {
        return line.cell(1).strip().equals("-");
    }

    @Override
    public String check(SpecCorpus.Line line) {
        String want = line.cell(1).strip();
        List<Actor> got = EXTRACTOR.extract(SEGMENTER.segment("spec", line.text(0), null, null));
        String shown = render(got, want);
        return want.equals(shown) ? null : "expected <" + want + "> but was <" + shown + ">";
    }

    /** The name of the actor an affiliation points to, "null" when none. */
    private static String affiliationName(List<Actor> actors, String id) {
        return actors.stream().filter(x -> x.id().equals(id)).map(Actor::name).findFirst().orElse(String.valueOf(id));
    }

    /** The actors in the spec's notation, showing subtypes and attributes only where the spec asks. */
    static String render(List<Actor> actors, String want) {
        if (actors.isEmpty()) {
            return "-";
        }
        String[] expected = want.equals("-") ? new String[0] : want.split(" *; *");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < actors.size(); k++) {
            Matcher m = k < expected.length ? ACTOR.matcher(expected[k]) : null;
            boolean ok = m != null && m.matches();
            Actor a = actors.get(k);
            StringBuilder b = new StringBuilder(code(a.type()));
            if (ok && m.group(2) != null) {
                b.append('/').append(code(a.subtype()));
            }
            b.append(' ').append(a.name());
            if (ok && m.group(4) != null) {
                b.append(" {").append(String.join(", ", attributes(actors, a, m.group(4)))).append('}');
            }
            List<String> ms = new ArrayList<>();
            for (Mention x : a.mentions()) {
                ms.add(x.text() + ("name".equals(code(x.kind())) ? "" : "/" + code(x.kind()))
                        + (x.role() == null ? "" : "/" + code(x.role())));
            }
            out.add(b + ": " + String.join(", ", ms));
        }
        return String.join("; ", out);
    }

    private static List<String> attributes(List<Actor> actors, Actor a, String asked) {
        List<String> attrs = new ArrayList<>();
        for (String kv : asked.split(", *")) {
            String key = kv.split("=", 2)[0];
            attrs.add(key + "=" + switch (key) {
                case "country" -> a.country();
                case "titles" -> String.join("|", a.titles());
                case "count" -> String.valueOf(a.count());
                case "gender" -> a.gender() == null ? "null" : code(a.gender());
                case "role" -> String.valueOf(a.role());
                case "affiliation" -> affiliationName(actors, a.affiliation());
                default -> "?";
            });
        }
        return attrs;
    }
}
