package dev.extract.link;

import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import java.util.ArrayList;
import java.util.List;

/** Where facts meet: each claim lists the figures and dates that lie inside its content. */
public final class Linker {
    private Linker() {
    }

    public static List<Claim> link(List<Claim> claims, List<Figure> figures, List<DateMention> dates) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            List<String> f = new ArrayList<>();
            List<String> d = new ArrayList<>();
            if (c.content() != null) {
                int s = c.content().start();
                int e = c.content().end();
                for (Figure x : figures) {
                    if (x.start() >= s && x.end() <= e) {
                        f.add(x.id());
                    }
                }
                for (DateMention x : dates) {
                    if (x.start() >= s && x.end() <= e) {
                        d.add(x.id());
                    }
                }
            }
            out.add(new Claim(c.id(), c.kind(), c.speaker(), c.cue(), c.content(), c.hedged(), c.negated(),
                    c.date(), List.copyOf(f), List.copyOf(d)));
        }
        return out;
    }
}
