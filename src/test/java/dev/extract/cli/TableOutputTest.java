package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format csv|tsv --table: tables that a spreadsheet or a CSV reader gets back exactly as the JSON says. */
class TableOutputTest {
    private static final String[] DATE = {"--reference-date", "2024-01-05"};

    @TempDir
    Path tmp;

    @Test
    void claimFiguresParsedBackMatchTheJson() throws IOException {
        CliRun csv = CliRun.of(DATE[0], DATE[1], "--format", "csv", "--table", "claim-figures", "testdata/");
        assertEquals(0, csv.status(), csv.err());
        assertTrue(csv.out().contains("\r\n"), "RFC 4180 line ends");
        List<Map<String, String>> rows = parse(csv.out(), ',');

        List<Map<String, String>> expected = new ArrayList<>();
        for (JsonNode a : CliRun.of(DATE[0], DATE[1], "--format", "jsonl", "testdata/").lines()) {
            Map<String, JsonNode> figures = new HashMap<>();
            a.get("figures").forEach(f -> figures.put(f.get("id").asText(), f));
            for (JsonNode c : a.get("claims")) {
                for (JsonNode id : c.get("figures")) {
                    JsonNode f = figures.get(id.asText());
                    Map<String, String> row = new HashMap<>();
                    row.put("article", a.get("id").asText());
                    row.put("claim", c.get("id").asText());
                    row.put("speaker", c.get("speaker").isNull() ? "" : c.get("speaker").get("text").asText());
                    row.put("cue", c.get("cue").get("text").asText());
                    row.put("figure", f.get("id").asText());
                    row.put("figureText", f.get("text").asText());
                    row.put("start", f.get("start").asText());
                    row.put("value", f.get("value").isNull() ? "" : f.get("value").decimalValue().toPlainString());
                    row.put("unit", f.path("unit").asText(""));
                    row.put("kind", f.get("kind").asText());
                    row.put("date", c.path("date").asText(""));
                    row.put("content", c.get("content").get("text").asText());
                    expected.add(row);
                }
            }
        }
        assertTrue(expected.size() >= 5, "the test articles have claims with figures: " + expected.size());
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> got = rows.get(i);
            for (Map.Entry<String, String> e : expected.get(i).entrySet()) {
                assertEquals(e.getValue(), got.get(e.getKey()), "row " + i + " column " + e.getKey());
            }
        }
    }

    @Test
    void everyTableHasItsHeaderAndOneRowPerFact() throws IOException {
        JsonNode a = CliRun.of(DATE[0], DATE[1], MainTest.SEED.toString()).json();
        for (String table : List.of("figures", "dates", "actors", "claims")) {
            CliRun tsv = CliRun.of(DATE[0], DATE[1], "--format", "tsv", "--table", table, MainTest.SEED.toString());
            assertEquals(0, tsv.status(), tsv.err());
            assertTrue(tsv.out().startsWith("article\tid\t"), tsv.out());
            List<Map<String, String>> rows = parse(tsv.out(), '\t');
            assertEquals(a.get(table).size(), rows.size(), table);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(a.get(table).get(i).get("id").asText(), rows.get(i).get("id"), table);
            }
        }
    }

    @Test
    void cellsWithQuotesCommasAndLineBreaksStayWhole() throws IOException {
        Path in = tmp.resolve("quoted.txt");
        Files.writeString(in, "Prices rose 5%, \"sharply\", officials said on Monday.\n\nThe mayor said 300 jobs went.\n");
        CliRun csv = CliRun.of(DATE[0], DATE[1], "--format", "csv", "--table", "claims", in.toString());
        assertEquals(0, csv.status(), csv.err());
        JsonNode json = CliRun.of(DATE[0], DATE[1], in.toString()).json();
        List<Map<String, String>> rows = parse(csv.out(), ',');
        assertEquals(json.get("claims").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(json.get("claims").get(i).get("content").get("text").asText(), rows.get(i).get("content"));
        }
    }

    @Test
    void oneFilePerInputInAFolder() throws IOException {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("--format", "csv", "--table", "figures", "-o", out + "/", "testdata/");
        assertEquals(0, r.status(), r.err());
        Path one = out.resolve("cup-final.csv");
        assertTrue(Files.readString(one).startsWith("article,id,text,start,end,"), "each file has its header");
    }

    @Test
    void badFormatAndTableOptionsAreUsageErrors() {
        String seed = MainTest.SEED.toString();
        assertUsage(CliRun.of("--format", "xml", seed), "--format must be one of json, jsonl, html, tsv, csv, text");
        assertUsage(CliRun.of("--format", "csv", seed), "--format csv needs --table");
        assertUsage(CliRun.of("--format", "csv", "--table", "people", seed), "--table must be one of");
        assertUsage(CliRun.of("--table", "figures", seed), "--table goes with --format csv or tsv");
        assertUsage(CliRun.of("--format", "json", "--table", "figures", seed), "--table goes with");
        assertUsage(CliRun.of("--format", "csv", "--table", "figures", "--pretty", seed), "--pretty does not go with");
        assertUsage(CliRun.of("--format", "jsonl", "--pretty", seed), "--pretty does not go with");
    }

    @Test
    void anUnwritableOutputIsReportedAndWritesNothing() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        for (String format : List.of("csv", "text", "html")) {
            CliRun r = CliRun.of("--format", format, "--table", "figures", "-o", file + "/sub/out." + format,
                    MainTest.SEED.toString());
            if (!format.equals("csv")) {
                r = CliRun.of("--format", format, "-o", file + "/sub/out." + format, MainTest.SEED.toString());
            }
            assertEquals(1, r.status(), r.err());
            assertEquals("", r.out());
            assertTrue(r.err().contains(file.toString()), r.err());
        }
    }

    private static void assertUsage(CliRun r, String message) {
        assertEquals(2, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains(message), r.err());
    }

    static List<Map<String, String>> parse(String table, char separator) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try (MappingIterator<Map<String, String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(Map.class).with(schema).readValues(table)) {
            return it.readAll();
        }
    }
}
