package dev.extract.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.extract.lang.Coded;
import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about itself: title, publication time, authors, canonical address, site name and
 * language, from schema.org JSON-LD first, then Open Graph and other meta tags, then the visible page.
 * Read before the body is cleaned, since the cleaning removes the scripts that carry JSON-LD.
 */
record PageMetadata(String title, String published, String publishedFrom, List<String> authors,
                    String url, String siteName, String language) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "liveblogposting", "scholarlyarticle", "techarticle", "report", "webpage");
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]", "meta[name=dc.date.issued]",
        "meta[name=dcterms.date]", "meta[name=dcterms.created]", "meta[name=sailthru.date]",
        "meta[name=parsely-pub-date]", "meta[property=og:published_time]", "meta[name=article.published]",
        "meta[name=original-publish-date]", "meta[name=cxenseparse:recs:publishtime]"};
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[-_]|$)");
    private static final int MAX_TITLE_CHARS = 300;
    private static final String VISIBLE_DATE = "[class*=date], [class*=time], [class*=publish], [class*=posted], "
            + "[id*=date], [itemprop*=date]";
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
    /** "By " before an author's name (lang/en/source/bylines.tsv), dropped. */
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^" + bylineWords(BylineWord.PREFIX) + "\\s+");
    /** What stands between two authors' names: a comma, semicolon, ampersand or a separator word ("and"). */
    private static final Pattern NAME_SEPARATOR = Pattern.compile(
            "\\s*(?:,|;|\\b" + bylineWords(BylineWord.SEPARATOR) + "\\b|&)\\s*");

    private enum BylineWord implements Coded {
        PREFIX("prefix"), SEPARATOR("separator");

        private final String code;

        BylineWord(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    static PageMetadata read(Document page, String address) {
        JsonLd ld = JsonLd.find(page);
        String siteName = firstNonBlank(meta(page, "meta[property=og:site_name]"), ld.publisher,
                meta(page, "meta[name=application-name]"));
        String h1 = page.selectFirst("h1") == null ? null : clean(page.selectFirst("h1").text());
        String title = firstTitle(withoutSite(ld.headline, siteName), withoutSite(meta(page, "meta[property=og:title]"), siteName),
                withoutSite(meta(page, "meta[name=twitter:title]"), siteName), h1,
                withoutSite(clean(page.title()), siteName));
        String url = firstNonBlank(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "meta[property=og:url]"),
                ld.url, address);
        String[] published = published(page, ld, url);
        String language = firstNonBlank(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                meta(page, "meta[http-equiv=content-language]"), ld.language, meta(page, "meta[property=og:locale]"));
        return new PageMetadata(title, published[0], published[1], authors(page, ld), url, siteName,
                language == null ? null : language.replace('_', '-'));
    }

    /** The publication time as written, and where it was found; both null when the page states none. */
    private static String[] published(Document page, JsonLd ld, String url) {
        if (ld.published != null) {
            return new String[] {ld.published, "json-ld"};
        }
        for (String query : DATE_META) {
            String v = meta(page, query);
            if (v != null && Dates.parse(v) != null) {
                return new String[] {v, "meta"};
            }
        }
        for (Element time : page.select("time[datetime], [itemprop=datePublished][datetime]")) {
            String v = time.attr("datetime");
            if (Dates.parse(v) != null) {
                return new String[] {v, "time"};
            }
        }
        String fromUrl = url == null ? null : dateInUrl(url);
        if (fromUrl != null) {
            return new String[] {fromUrl, "url"};
        }
        String shown = visibleDate(page);
        return shown != null ? new String[] {shown, "visible"} : new String[] {null, null};
    }

    /**
     * A date printed in the page's byline or date line ("Monday, November 18, 2019", "19 NOV 2019"): the
     * first short element named for dates or times whose text states a full date, as an ISO date.
     */
    private static String visibleDate(Document page) {
        int seen = 0;
        for (Element e : page.select(VISIBLE_DATE)) {
            String t = e.text();
            if (t.isEmpty() || t.length() > 80) {
                continue;
            }
            java.util.Optional<java.time.LocalDate> d = dev.extract.text.Dateline.date(t);
            if (d.isPresent()) {
                return d.get().toString();
            }
            if (++seen >= 12) {
                break; // further down the page dates belong to teasers and comments
            }
        }
        return null;
    }

    static String dateInUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    private static List<String> authors(Document page, JsonLd ld) {
        Set<String> names = new LinkedHashSet<>(ld.authors);
        if (names.isEmpty()) {
            for (Element e : page.select("meta[name=author], meta[property=article:author], meta[name=byl], "
                    + "meta[name=sailthru.author], meta[name=parsely-author], meta[name=dc.creator]")) {
                addName(names, e.attr("content"));
            }
        }
        if (names.isEmpty()) {
            for (Element e : page.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
                addName(names, e.text());
                if (names.size() >= 6) {
                    break;
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** The words of one kind in bylines.tsv as a non-capturing alternation. */
    private static String bylineWords(BylineWord kind) {
        List<String> words = new ArrayList<>();
        for (Row row : LanguagePack.english().rows("source/bylines.tsv")) {
            if (row.coded(1, BylineWord.values()) == kind) {
                words.add(Pattern.quote(row.cell(0).strip()));
            }
        }
        return "(?:" + String.join("|", words) + ")";
    }

    private static void addName(Set<String> names, String raw) {
        String v = clean(raw);
        if (v == null || v.contains("://") || v.startsWith("@") || v.length() > 80) {
            return; // profile addresses and handles are not names
        }
        v = BYLINE_PREFIX.matcher(v).replaceFirst("");
        for (String part : NAME_SEPARATOR.split(v)) {
            if (part.codePoints().filter(Character::isLetter).count() >= 3) {
                names.add(part.strip());
            }
        }
    }

    /** "Headline | Site" and "Headline - Site" lose the site part (the known site name, else the shorter end). */
    static String withoutSite(String title, String siteName) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int lastSep = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastSep = m.start();
            lastEnd = m.end();
        }
        if (lastSep <= 0) {
            return title;
        }
        String tail = title.substring(lastEnd).strip();
        String head = title.substring(0, lastSep).strip();
        boolean tailIsSite = siteName != null && normalise(tail).equals(normalise(siteName))
                || tail.split("\\s+").length <= 4 && head.split("\\s+").length >= 3;
        return tailIsSite ? withoutSite(head, siteName) : title;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static String meta(Document page, String query) {
        return attr(page, query, "content");
    }

    private static String attr(Document page, String query, String name) {
        Element e = page.selectFirst(query);
        return e == null ? null : clean(e.attr(name));
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String v = s.replaceAll("[\\s\u00A0\u200B\uFEFF]+", " ").strip();
        return v.isEmpty() ? null : v;
    }

    /** The first candidate that reads as a title: not blank, one line's worth (an unclosed tag swallows more). */
    private static String firstTitle(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && v.length() <= MAX_TITLE_CHARS) {
                return v;
            }
        }
        return null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The fields of the page's schema.org article object (JSON-LD), if it has one. */
    private static final class JsonLd {
        String headline;
        String published;
        String publisher;
        String url;
        String language;
        final List<String> authors = new ArrayList<>();

        static JsonLd find(Document page) {
            JsonLd out = new JsonLd();
            for (Element script : page.select("script[type=application/ld+json]")) {
                JsonNode root;
                try {
                    root = MAPPER.readTree(script.data().strip());
                } catch (java.io.IOException | RuntimeException e) {
                    continue; // pages often carry broken JSON-LD: the other sources still count
                }
                JsonNode article = findArticle(root, 0);
                if (article != null) {
                    out.fill(article);
                    return out;
                }
            }
            return out;
        }

        private static JsonNode findArticle(JsonNode node, int depth) {
            if (node == null || depth > 4) {
                return null;
            }
            if (node.isArray()) {
                for (JsonNode item : node) {
                    JsonNode found = findArticle(item, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            if (!node.isObject()) {
                return null;
            }
            if (isArticleType(node.get("@type")) && (node.has("headline") || node.has("datePublished"))) {
                return node;
            }
            return findArticle(node.get("@graph"), depth + 1);
        }

        private static boolean isArticleType(JsonNode type) {
            if (type == null) {
                return false;
            }
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (isArticleType(t)) {
                        return true;
                    }
                }
                return false;
            }
            return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
        }

        private void fill(JsonNode a) {
            headline = text(a.get("headline"));
            published = text(a.get("datePublished"));
            if (published != null && Dates.parse(published) == null) {
                published = null;
            }
            JsonNode pub = a.get("publisher");
            publisher = pub == null ? null : pub.isObject() ? text(pub.get("name")) : text(pub);
            url = text(a.get("url"));
            language = text(a.get("inLanguage"));
            JsonNode author = a.get("author");
            if (author != null) {
                for (JsonNode one : author.isArray() ? author : List.of(author)) {
                    String name = one.isObject() ? text(one.get("name")) : text(one);
                    if (name != null && !name.contains("://") && name.length() <= 80) {
                        authors.add(name);
                    }
                }
            }
        }

        private static String text(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isArray()) {
                return n.isEmpty() ? null : text(n.get(0));
            }
            return n.isValueNode() ? clean(org.jsoup.parser.Parser.unescapeEntities(n.asText(), false)) : null;
        }
    }
}
