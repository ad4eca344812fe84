package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Runs {@code src/test/inputs/sources.tsv} (see its header): every input kind the tool reads or refuses, through
 * the real command. Each file runs once; all failing lines are reported together.
 */
class SourceSpecTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final com.networknt.schema.JsonSchema SCHEMA = com.networknt.schema.JsonSchemaFactory
            .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
            .getSchema(dev.extract.json.JsonOutput.schema());

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeInputs() throws IOException {
        try (var files = Files.list(Path.of("src/test/inputs/sources"))) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        byte[] jsonl = Files.readAllBytes(dir.resolve("feed.jsonl"));
        byte[] gz = gzip(jsonl);
        Files.write(dir.resolve("feed.jsonl.gz"), gz);
        Files.write(dir.resolve("feed.ndjson"), jsonl);
        Files.write(dir.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        Files.copy(dir.resolve("wordpress-post.html"), dir.resolve("page-saved-as.txt"));
        Files.write(dir.resolve("page.html.gz"), gzip(Files.readAllBytes(dir.resolve("wordpress-post.html"))));
        String drupal = Files.readString(dir.resolve("drupal-node.html")).replace("<meta charset=\"utf-8\" />", "");
        Files.write(dir.resolve("page-utf16.html"), drupal.getBytes(StandardCharsets.UTF_16)); // with a BOM
        Files.write(dir.resolve("scan.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("letter.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, '[', 'C', 'o', 'n'});
        Files.write(dir.resolve("notes.odt"), new byte[] {'P', 'K', 3, 4, 10, 0, 0, 0, 0, 0, 'm', 'i', 'm', 'e'});
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        writeWarc(dir.resolve("archive.warc.gz"));
    }

    /** A small archive as a crawler writes it: a request, two HTML pages and an image between them. */
    private static void writeWarc(Path path) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(path, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            String first = "https://millbrook-courier.example/2023/03/14/harbour-bridge-repairs/";
            w.write(new WarcRequest.Builder(first).date(Instant.parse("2023-03-15T10:00:00Z"))
                    .body(new HttpRequest.Builder("GET", "/2023/03/14/harbour-bridge-repairs/").build()).build());
            w.write(response(first, "2023-03-15T10:00:01Z", MediaType.HTML_UTF8, Files.readAllBytes(dir.resolve("wordpress-post.html"))));
            w.write(response("https://millbrook-courier.example/logo.png", "2023-03-15T10:00:02Z", MediaType.parse("image/png"),
                    Files.readAllBytes(dir.resolve("photo.png"))));
            w.write(response("https://greenlane-notes.example/2018/06/community-garden-wins-award.html", "2018-06-20T07:30:00Z",
                    MediaType.HTML_UTF8, Files.readAllBytes(dir.resolve("short-blog.html"))));
            String undated = "<html><head><title>Pool closed for repairs</title></head><body><div class=\"notice\">"
                    + "<p>The municipal swimming pool will stay closed for three weeks while its filters are replaced, "
                    + "the leisure department said.</p></div></body></html>";
            w.write(response("https://town.example/notices/pool", "2021-08-02T12:00:00Z", MediaType.HTML_UTF8,
                    undated.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static WarcResponse response(String uri, String date, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
        return new WarcResponse.Builder(uri).date(Instant.parse(date)).body(http).build();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    record Row(int line, String file, String record, String check, String expected) {
    }

    @Test
    void everyLineHolds() throws IOException {
        Map<String, List<Row>> byFile = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/inputs/sources.tsv"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] c = l.split("\t", -1);
            assertEquals(4, c.length, "line " + (i + 1) + ": four columns");
            byFile.computeIfAbsent(c[0], k -> new ArrayList<>())
                    .add(new Row(i + 1, c[0], c[1], c[2], c[3].replace("\\n", "\n")));
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byFile.entrySet()) {
            check(e.getKey(), e.getValue(), failures);
        }
        assertTrue(failures.isEmpty(), failures.size() + " failing lines:\n" + String.join("\n", failures));
    }

    private static void check(String file, List<Row> rows, List<String> failures) throws IOException {
        List<String> args = new ArrayList<>(List.of("--compact", "--only", "dates", "--threads", "1"));
        rows.stream().filter(r -> r.check().equals("args")).forEach(r -> args.addAll(List.of(r.expected().split(" "))));
        args.add(dir.resolve(file).toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        List<JsonNode> out = run.lines();
        for (JsonNode n : out) {
            var invalid = SCHEMA.validate(n);
            if (!invalid.isEmpty()) {
                failures.add(file + ": output does not fit the schema: " + invalid);
            }
        }
        for (Row r : rows) {
            String actual = actual(r, run, out);
            boolean ok = switch (r.check()) {
                case "args" -> true;
                case "contains" -> actual != null && actual.contains(r.expected());
                case "lacks" -> actual != null && !actual.contains(r.expected());
                case "stderr" -> run.err().contains(r.expected());
                default -> r.expected().replace("PATH", dir.resolve(file).toString()).equals(actual == null ? "absent" : actual);
            };
            if (!ok) {
                failures.add("line " + r.line() + " " + file + " [" + r.record() + "] " + r.check() + " '" + r.expected()
                        + "' but got '" + (r.check().equals("stderr") ? run.err() : actual) + "'");
            }
        }
    }

    private static String actual(Row r, CliRun run, List<JsonNode> out) {
        switch (r.check()) {
            case "status":
                return String.valueOf(run.status());
            case "records":
                return String.valueOf(out.size());
            case "args":
            case "stderr":
                return null;
            default:
                break;
        }
        int index = r.record().equals("-") ? 0 : Integer.parseInt(r.record());
        if (index >= out.size()) {
            return null;
        }
        JsonNode n = out.get(index);
        JsonNode v = switch (r.check()) {
            case "title" -> n.get("title");
            case "date" -> n.get("referenceDate");
            case "dateSource" -> n.get("referenceDateSource");
            case "contains", "lacks" -> n.get("text");
            case "author" -> n.path("source").path("authors").path(0);
            case "site" -> n.path("source").get("siteName");
            case "url" -> n.path("source").get("url");
            case "language" -> n.path("source").get("language");
            case "format" -> n.path("source").get("format");
            case "id" -> n.get("id");
            case "error" -> n.path("error").get("code");
            default -> throw new IllegalArgumentException("line " + r.line() + ": unknown check " + r.check());
        };
        return v == null || v.isMissingNode() ? null : v.isNull() ? "null" : v.asText();
    }

    @Test
    void refusedFormatsGiveErrorRecordsInABatch() throws IOException {
        CliRun run = CliRun.of("--compact", "--only", "dates", "--threads", "1", dir.resolve("scan.pdf").toString(),
                dir.resolve("letter.docx").toString(), dir.resolve("photo.png").toString());
        assertEquals(1, run.status());
        List<JsonNode> out = run.lines();
        assertEquals(3, out.size(), run.out());
        for (JsonNode n : out) {
            assertEquals("unsupported-format", n.path("error").path("code").asText(), n.toString());
        }
        assertEquals(3, run.errLines().size(), run.err());
    }

    @Test
    void aFolderGivesItsArticlesAndSavedPagesByDefault() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("a.txt"), "The council met on Monday.\n");
        Files.copy(dir.resolve("drupal-node.html"), folder.resolve("b.html"));
        Files.writeString(folder.resolve("c.md"), "# Notes, not an article\n");
        CliRun run = CliRun.of("--only", "dates", folder.toString());
        List<JsonNode> out = run.lines();
        assertEquals(List.of("a.txt", "b.html"), out.stream().map(n -> Path.of(n.get("id").asText()).getFileName().toString()).toList());
        assertEquals("html", out.get(1).path("source").path("format").asText());
    }

    @Test
    void plainTextOutputIsUnchangedUnlessAsked() throws IOException {
        Path txt = Files.writeString(dir.resolve("plain.txt"), "The council met on Monday.\n");
        JsonNode plain = MAPPER.readTree(CliRun.of("--only", "dates", txt.toString()).out());
        assertTrue(!plain.has("text") && !plain.has("source"), plain.toString());
        JsonNode with = MAPPER.readTree(CliRun.of("--only", "dates", "--with-text", txt.toString()).out());
        assertEquals("The council met on Monday.\n", with.get("text").asText());
    }
}
