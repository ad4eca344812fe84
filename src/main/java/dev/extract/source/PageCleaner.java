package dev.extract.source;

import dev.extract.lang.LanguagePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text before the body is looked for: scripts, styles, embedded media,
 * forms' controls, navigation, asides, figures with their captions, hidden elements, and elements whose
 * class or id names them as comments, share bars, related links, ads, cookie banners and the like
 * ({@code boilerplate.tsv}).
 */
final class PageCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, video, "
            + "audio, picture, figure, figcaption, nav, aside, footer, header, button, input, select, textarea, label, "
            + "dialog, menu";
    /** Hidden or marked as page parts: removed, unless a page hides its whole story until a script shows it. */
    private static final String HIDDEN_OR_PARTS = "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], "
            + "[role=contentinfo], [role=banner], [role=dialog], [role=alertdialog], [role=menu], [role=search], "
            + "[style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]";
    private static final Pattern ALWAYS_DROP = union("always");
    private static final Pattern DROP = union("drop");
    private static final Pattern WEAK = union("weak");
    private static final Pattern KEEP = union("keep");
    /** An element named like boilerplate but holding this much paragraph text with few links is the story. */
    private static final int STORY_CHARS = 1000;
    /** A layout element ("rail", "widget") with this much paragraph text is kept. */
    private static final int LAYOUT_STORY_CHARS = 250;
    /** ... or this share of all the page's text outside links. */
    private static final double STORY_SHARE = 0.4;

    private PageCleaner() {
    }

    static void clean(Element root) {
        root.select(NEVER_TEXT).remove();
        Map<Element, int[]> sizes = TextSizes.of(root);
        int pageText = plain(sizes.get(root));
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.select(HIDDEN_OR_PARTS)) {
            if (e != root && plain(sizes.get(e)) < STORY_SHARE * pageText) {
                doomed.add(e);
            }
        }
        for (Element e : root.getAllElements()) {
            if (e == root || e.normalName().equals("body") || e.normalName().equals("html")) {
                continue;
            }
            String names = names(e);
            if (names.isEmpty() || anyToken(KEEP, names)) {
                continue;
            }
            int[] size = sizes.get(e);
            if (anyToken(ALWAYS_DROP, names) || anyToken(DROP, names) && !holdsStory(size, pageText, STORY_CHARS)
                    || anyToken(WEAK, names) && !holdsStory(size, pageText, LAYOUT_STORY_CHARS)) {
                doomed.add(e);
            }
        }
        // removing an element also removes its descendants; removing a removed one is harmless
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT).strip();
    }

    private static boolean anyToken(Pattern p, String names) {
        for (String token : names.split("\\s+")) {
            if (!token.isEmpty() && p.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an element named like boilerplate holds most of the page's text outside links, or a long
     * run of paragraphs: then it wraps the story (pages name story wrappers "article-header", "widget Blog").
     */
    private static boolean holdsStory(int[] size, int pageText, int paragraphChars) {
        return size != null && (plain(size) >= STORY_SHARE * pageText || size[TextSizes.STORY] >= paragraphChars);
    }

    private static int plain(int[] size) {
        return size == null ? 0 : size[TextSizes.CHARS] - size[TextSizes.LINKS];
    }

    private static Pattern union(String kind) {
        List<String> parts = LanguagePack.english().cells("source/boilerplate.tsv").stream()
                .filter(r -> r.length >= 2 && r[0].strip().equals(kind))
                .map(r -> "(?:" + r[1].strip() + ")").toList();
        return Pattern.compile(String.join("|", parts));
    }
}
