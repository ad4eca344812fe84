package dev.extract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.extract.cli.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job in local[2] writes, line for line, what {@code extract --input-format jsonl} writes for
 * the same file: the testdata articles, 2,000 short generated ones and malformed or oversized records
 * among them; every non-blank input line gives exactly one output line, and nothing fails the job.
 */
@Tag("spark")
class SparkJobTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path DIR = Path.of("target", "spark-test").toAbsolutePath();
    private static final String MAX_CHARS = "4000";
    private static SparkSession spark;

    @BeforeAll
    static void start() throws IOException {
        deleteTree(DIR);
        Files.createDirectories(DIR.resolve("tmp"));
        spark = SparkSession.builder().master("local[2]").appName("extract-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.local.dir", DIR.resolve("tmp").toString())
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonLinesOutputEqualsTheCliLineForLine() throws IOException {
        Path input = DIR.resolve("in.jsonl");
        int records = writeDataset(input);
        assertTrue(records >= 2_000, "dataset too small: " + records);

        CliRun cli = CliRun.of("--input-format", "jsonl", "--max-chars", MAX_CHARS, "--threads", "1", input.toString());
        List<String> expected = cli.out().lines().toList();

        Path out = DIR.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SparkMain.run(spark, new String[] {"--max-chars", MAX_CHARS, "--partitions", "4",
                input.toString(), out.toString()}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));

        List<String> actual = readParts(out);
        assertEquals(records, actual.size(), "one output row per input record");
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "output line " + (i + 1));
        }
        long errors = actual.stream().filter(l -> l.startsWith("{\"id\"") && l.contains("\"error\":{")).count();
        assertTrue(errors >= MALFORMED.size() + 2, "malformed records become error rows: " + errors);
        String summary = err.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains((records - errors) + " articles") && summary.contains(errors + " error rows"), summary);
    }

    @Test
    void refusesAnExistingOutputUnlessOverwrite() throws IOException {
        Path input = DIR.resolve("small.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"text\":\"Prices rose 5% on Monday.\"}\n");
        Path out = DIR.resolve("existing");
        Files.createDirectories(out);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, SparkMain.run(spark, new String[] {input.toString(), out.toString()}, ps));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--overwrite"));
        assertEquals(0, SparkMain.run(spark, new String[] {"--overwrite", input.toString(), out.toString()}, ps));
        assertEquals(1, readParts(out).size());
    }

    @Test
    void parquetInParquetOut() throws IOException {
        Path jsonl = DIR.resolve("pq.jsonl");
        List<String> lines = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            lines.add(record("p" + i, generated(random), "2025-02-0" + (1 + i % 9)));
        }
        lines.add("{\"id\":\"no-text\",\"referenceDate\":\"2025-02-01\"}");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        Path parquet = DIR.resolve("pq-in");
        spark.read().json(jsonl.toString()).write().parquet(parquet.toString());

        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path out = DIR.resolve("pq-out-jsonl");
        assertEquals(0, SparkMain.run(spark, new String[] {"--input-format", "parquet", parquet.toString(), out.toString()}, quiet));
        // the record without text or readable id is named after its file, which differs here
        List<String> expected = CliRun.of("--input-format", "jsonl", jsonl.toString()).out().lines()
                .filter(l -> !l.contains("\"error\":{")).sorted().toList();
        List<String> actual = readParts(out);
        assertEquals(21, actual.size());
        List<String> articles = actual.stream().filter(l -> !l.contains("\"error\":{")).sorted().toList();
        assertEquals(20, articles.size());
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(expected.get(i), articles.get(i), "the same rows, whatever Parquet's order");
        }

        Path table = DIR.resolve("pq-out-parquet");
        assertEquals(0, SparkMain.run(spark, new String[] {"--input-format", "parquet", "--output-format", "parquet",
                parquet.toString(), table.toString()}, quiet));
        var rows = spark.read().parquet(table.toString());
        assertEquals(21, rows.count());
        assertEquals(1, rows.filter("error is not null").count());
        assertTrue(rows.filter("size(figures) > 0").count() >= 15, "nested arrays per fact kind");
    }

    @Test
    void warcPagesEqualTheCliFileByFile() throws IOException {
        Path dir = DIR.resolve("warc-in");
        Files.createDirectories(dir);
        List<Path> articles;
        try (Stream<Path> s = Files.list(Path.of("testdata"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int half = articles.size() / 2;
        writeWarc(dir.resolve("a.warc.gz"), articles.subList(0, half), WarcCompression.GZIP);
        writeWarc(dir.resolve("b.warc"), articles.subList(half, articles.size()), WarcCompression.NONE);
        byte[] whole = Files.readAllBytes(dir.resolve("a.warc.gz"));
        Files.write(dir.resolve("c-cut.warc.gz"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));

        List<String> expected = new ArrayList<>();
        for (String name : List.of("a.warc.gz", "b.warc", "c-cut.warc.gz")) {
            expected.addAll(CliRun.of("--input-format", "warc", dir.resolve(name).toString()).out().lines().toList());
        }
        Path out = DIR.resolve("warc-out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SparkMain.run(spark, new String[] {"--input-format", "warc", "--partitions", "2", dir.toString(),
                out.toString()}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<String> actual = readParts(out);

        // pages are named by their URI in both; a record that cannot be read by its file's name as each
        // lists it (the path given to the CLI, Spark's file: URI), so error rows are compared by count
        List<String> expectedPages = expected.stream().filter(l -> !l.contains("\"error\":{")).toList();
        List<String> actualPages = actual.stream().filter(l -> !l.contains("\"error\":{")).toList();
        assertTrue(expectedPages.size() >= articles.size() * 2 / 3 + half / 2, "pages read: " + expectedPages.size());
        assertEquals(expectedPages.size(), actualPages.size(), "pages");
        for (int i = 0; i < expectedPages.size(); i++) {
            assertEquals(expectedPages.get(i), actualPages.get(i), "page " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), "the cut file's error row too");
        assertTrue(actual.size() > actualPages.size(), "a cut archive gives an error row");
    }

    /** The articles as the HTML pages of a crawl, each with a request record before its response. */
    private static void writeWarc(Path path, List<Path> articles, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(path, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), compression)) {
            for (Path article : articles) {
                String name = article.getFileName().toString().replace(".txt", "");
                String uri = "https://news.example/2024/03/" + name + "/";
                w.write(new WarcRequest.Builder(uri).date(Instant.parse("2024-03-02T08:00:00Z"))
                        .body(new HttpRequest.Builder("GET", "/2024/03/" + name + "/").build()).build());
                StringBuilder page = new StringBuilder("<html><head><title>").append(name)
                        .append("</title></head><body><article>");
                for (String para : Files.readString(article).split("\n\\s*\n")) {
                    page.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
                }
                byte[] body = page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, body).build();
                w.write(new WarcResponse.Builder(uri).date(Instant.parse("2024-03-02T08:00:01Z")).body(http).build());
            }
        }
    }

    /** Records the CLI refuses, each on its own line (ids unreadable ones take from "FILE:LINE"). */
    private static final List<String> MALFORMED = List.of(
            "{\"id\":\"m1\",\"text\":\"unterminated",
            "{\"id\":\"m2\",\"text\":\"a\"} {\"id\":\"m2b\"}",
            "{\"id\":\"m3\",\"id\":\"again\",\"text\":\"twice\"}",
            "{\"id\":\"m4\",\"text\":42}",
            "{\"id\":\"m5\",\"text\":\"On Monday.\",\"referenceDate\":\"yesterday\"}",
            "[1,2,3]",
            "not json at all",
            "{\"id\":\"m8\"}");

    private static int writeDataset(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Path> articles;
        try (Stream<Path> s = Files.list(Path.of("testdata"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < articles.size(); i++) {
            lines.add(record(articles.get(i).getFileName().toString(), Files.readString(articles.get(i)),
                    i % 2 == 0 ? "2024-03-01" : null));
        }
        Random random = new Random(17);
        for (int i = 0; i < 2_000; i++) {
            lines.add(record("g" + i, generated(random), i % 3 == 0 ? null : "2025-0" + (1 + i % 9) + "-1" + i % 10));
            if (i % 250 == 0) {
                lines.add(MALFORMED.get(i / 250 % MALFORMED.size()));
            }
            if (i % 400 == 7) {
                lines.add(""); // blank lines give no output, in either
            }
        }
        lines.addAll(MALFORMED);
        lines.add(record("over-text-limit", "Prices rose. ".repeat(400), null));
        lines.add("{\"id\":\"over-line-limit\",\"pad\":\"" + "x".repeat(100_000) + "\",\"text\":\"x\"}");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return (int) lines.stream().filter(l -> !l.isBlank()).count();
    }

    private static String record(String id, String text, String referenceDate) throws IOException {
        ObjectNode o = MAPPER.createObjectNode().put("id", id).put("text", text);
        if (referenceDate != null) {
            o.put("referenceDate", referenceDate);
        }
        return MAPPER.writeValueAsString(o);
    }

    private static final String[] PEOPLE = {"Maria Lopez", "John Carter", "Amina Yusuf", "Chen Wei", "the mayor"};
    private static final String[] ORGS = {"the Finance Ministry", "Reuters", "the World Bank", "Acme Corp"};
    private static final String[] PLACES = {"London", "Nairobi", "Brazil", "Texas", "Ukraine"};
    private static final String[] WHEN = {"on Monday", "last week", "in March", "yesterday", "on 4 July 2023"};

    /** Two short sentences with a speaker, figures, a date and places. */
    private static String generated(Random r) {
        return pick(r, PEOPLE) + " of " + pick(r, ORGS) + " said " + pick(r, WHEN) + " that " + (r.nextInt(900) + 10)
                + " jobs were lost in " + pick(r, PLACES) + ", up " + r.nextInt(40) + " percent from "
                + (1990 + r.nextInt(35)) + ". Sales reached $" + r.nextInt(90) + "." + r.nextInt(10) + " million "
                + pick(r, WHEN) + ".";
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    /** The part files in name order, concatenated. */
    private static List<String> readParts(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
