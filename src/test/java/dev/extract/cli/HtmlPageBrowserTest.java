package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens --format html pages in a real headless Chromium (Debian's chromium package) and checks the DOM the
 * browser built: marks per kind equal the JSON's counts, every claim's figure and date links resolve, a
 * figure takes you to its claim, hover shows the normalised value, and article text never becomes markup.
 * A probe script appended to a copy of the page writes its findings into the DOM, which --dump-dom prints.
 * Skipped, with a message, where Chromium is not installed.
 */
class HtmlPageBrowserTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] DATE = {"--reference-date", "2024-01-05"};
    private static final String PROBE = """
            <script>
            (function () {
              var r = {};
              ["figure", "date", "actor", "claim"].forEach(function (k) {
                r[k] = document.querySelectorAll("mark.fact." + k + ":not(.cont)").length;
              });
              var refs = Array.from(document.querySelectorAll(".claim-card a.ref.figure, .claim-card a.ref.date"));
              r.links = refs.length;
              r.unresolved = refs.filter(function (a) {
                var t = document.getElementById(a.getAttribute("href").slice(1));
                return !t || t.getAttribute("data-id") !== a.getAttribute("data-ref");
              }).map(function (a) { return a.getAttribute("href"); });
              var sourced = Array.from(document.querySelectorAll("mark.figure[data-claim]"));
              r.sourcedFigures = sourced.length;
              r.figureToMissingClaim = sourced.filter(function (m) {
                return !document.getElementById(m.getAttribute("data-claim"));
              }).length;
              if (sourced.length) {
                sourced[0].dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
                r.tip = document.getElementById("x-tip").textContent;
                r.tipOf = sourced[0].getAttribute("data-tip");
                sourced[0].click();
                r.focusAfterClick = document.activeElement.id;
                r.claimOfFirst = sourced[0].getAttribute("data-claim");
              }
              r.title = document.title;
              r.scripts = document.querySelectorAll("script").length;
              r.images = document.querySelectorAll("img").length;
              r.text = Array.from(document.querySelectorAll(".text")).map(function (t) { return t.textContent; }).join("");
              var out = document.createElement("pre");
              out.id = "probe";
              out.textContent = JSON.stringify(r);
              document.body.appendChild(out);
            })();
            </script>
            """;

    private static String chromium;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findChromium() {
        chromium = onPath("chromium");
        if (chromium == null) {
            chromium = onPath("chromium-browser");
        }
        assumeTrue(chromium != null, "Chromium is not installed: the browser test of --format html is skipped "
                + "(apt-get install chromium to run it)");
    }

    private static String onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    @Test
    void marksLinksAndTooltipsMatchTheJson() throws Exception {
        String seed = MainTest.SEED.toString();
        CliRun page = CliRun.of(DATE[0], DATE[1], "--format", "html", seed);
        assertEquals(0, page.status(), page.err());
        JsonNode a = CliRun.of(DATE[0], DATE[1], seed).json();
        JsonNode r = probe(page.out());
        assertEquals(a.get("figures").size(), r.get("figure").asInt(), "figure marks");
        assertEquals(a.get("dates").size(), r.get("date").asInt(), "date marks");
        int mentions = 0;
        for (JsonNode x : a.get("actors")) {
            mentions += x.get("mentions").size();
        }
        assertEquals(mentions, r.get("actor").asInt(), "actor mention marks");
        assertEquals(a.get("claims").size(), r.get("claim").asInt(), "claim marks");
        int links = 0;
        for (JsonNode c : a.get("claims")) {
            links += c.get("figures").size() + c.get("dates").size();
        }
        assertTrue(links > 0);
        assertEquals(links, r.get("links").asInt(), "claim → figure and date links");
        assertEquals("[]", r.get("unresolved").toString(), "every link resolves to its fact");
        assertTrue(r.get("sourcedFigures").asInt() > 0);
        assertEquals(0, r.get("figureToMissingClaim").asInt());
        assertEquals(r.get("tipOf").asText(), r.get("tip").asText(), "hover shows the normalised value");
        assertTrue(r.get("tip").asText().contains("·"), r.get("tip").asText());
        assertEquals(r.get("claimOfFirst").asText(), r.get("focusAfterClick").asText(), "a click goes to the claim");
        assertEquals(Files.readString(MainTest.SEED), r.get("text").asText(), "the article text, whole");
        assertEquals(a.get("title").asText() + " \u2014 extract", r.get("title").asText(), "a one-article page has its title");
        screenshot(page.out());
    }

    @Test
    void articleTextNeverBecomesMarkup() throws Exception {
        String hostile = "Officials said 300 people <script>document.title='owned'</script> came on Monday.\n\n"
                + "<img src=x onerror=alert(1)> The mayor said \"5%\" & 'more' </textarea></pre>.\n";
        Path in = tmp.resolve("hostile.txt");
        Files.writeString(in, hostile);
        CliRun page = CliRun.of(DATE[0], DATE[1], "--format", "html", in.toString());
        assertEquals(0, page.status(), page.err());
        JsonNode r = probe(page.out());
        assertEquals(2, r.get("scripts").asInt(), "the page's script and the probe, no other");
        assertEquals(0, r.get("images").asInt());
        assertEquals(hostile, r.get("text").asText(), "shown as text, character for character");
    }

    @Test
    void aBatchIsOnePageWithEveryArticle() throws Exception {
        CliRun page = CliRun.of(DATE[0], DATE[1], "--format", "html", "testdata/");
        assertEquals(0, page.status(), page.err());
        int figures = 0;
        int links = 0;
        for (JsonNode a : CliRun.of(DATE[0], DATE[1], "testdata/").lines()) {
            figures += a.get("figures").size();
            for (JsonNode c : a.get("claims")) {
                links += c.get("figures").size() + c.get("dates").size();
            }
        }
        JsonNode r = probe(page.out());
        assertEquals(figures, r.get("figure").asInt());
        assertEquals(links, r.get("links").asInt());
        assertEquals("[]", r.get("unresolved").toString());
    }

    private JsonNode probe(String html) throws Exception {
        int end = html.lastIndexOf("</body>");
        Path copy = tmp.resolve("probe.html");
        Files.writeString(copy, html.substring(0, end) + PROBE + html.substring(end));
        String dom = run(List.of("--dump-dom", copy.toUri().toString()));
        int start = dom.indexOf("<pre id=\"probe\">");
        assertTrue(start >= 0, "the probe ran: " + dom.substring(0, Math.min(300, dom.length())));
        String json = dom.substring(start + "<pre id=\"probe\">".length(), dom.indexOf("</pre>", start));
        return MAPPER.readTree(json.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&"));
    }

    private void screenshot(String html) throws Exception {
        Path page = tmp.resolve("seed.html");
        Files.writeString(page, html);
        Path shot = Path.of("target", "screenshots", "seed-page.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        run(List.of("--window-size=1000,1300", "--hide-scrollbars", "--screenshot=" + shot, page.toUri().toString()));
        assertTrue(Files.size(shot) > 10_000, "a screenshot was saved");
    }

    private String run(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + tmp.resolve("profile")));
        cmd.addAll(args);
        Path out = tmp.resolve("chromium.out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(tmp.resolve("chromium.err").toFile()).directory(tmp.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished within 2 minutes");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("chromium.err")));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
