package dev.extract.bench;

import dev.extract.Extractor;
import dev.extract.text.OpenNlpFloor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput benchmark, one thread, one JVM: OpenNLP alone (the floor) against the full extraction on the
 * same corpus, in alternating rounds, medians reported. Run through bin/bench.
 *
 * <pre>
 *   Bench throughput [MB] [ROUNDS]   testdata articles plus generated ones up to MB megabytes (default 10)
 *   Bench write-corpus DIR N         N generated articles as DIR/NNNN.txt, for the command-line runs
 *   Bench write-records FILE N       N generated articles as JSON Lines records, for the Spark runs
 * </pre>
 */
public final class Bench {
    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("write-corpus")) {
            writeCorpus(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length >= 3 && args[0].equals("write-records")) {
            writeRecords(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length >= 3 && args[0].equals("write-jsonl")) {
            writeJsonl(Path.of(args[1]), Long.parseLong(args[2]) * 1_000_000);
            return;
        }
        double mb = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        throughput(corpus(mb), rounds);
    }

    private static void writeCorpus(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        ArticleGenerator gen = new ArticleGenerator(7);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(String.format("%04d.txt", i)), gen.article(), StandardCharsets.UTF_8);
        }
    }

    private static void writeRecords(Path file, int n) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        ArticleGenerator gen = new ArticleGenerator(13);
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write("{\"id\":\"g" + i + "\",\"text\":" + mapper.writeValueAsString(gen.article())
                        + ",\"referenceDate\":\"2024-01-05\"}\n");
            }
        }
    }

    /**
     * About {@code bytes} of JSON Lines: generated articles, each line padded with an ignored field of
     * 1 MB so the input is large while the extraction stays short enough to run.
     */
    private static void writeJsonl(Path file, long bytes) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        ArticleGenerator gen = new ArticleGenerator(11);
        String padding = "x".repeat(1_000_000);
        long written = 0;
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; written < bytes; i++) {
                String line = "{\"id\":\"g" + i + "\",\"text\":" + mapper.writeValueAsString(gen.article())
                        + ",\"referenceDate\":\"2024-01-05\",\"padding\":\"" + padding + "\"}\n";
                w.write(line);
                written += line.length();
            }
        }
    }

    static List<String> corpus(double megabytes) throws IOException {
        List<String> texts = new ArrayList<>();
        long chars = 0;
        try (Stream<Path> files = Files.list(Path.of("testdata"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p);
                texts.add(t);
                chars += t.length();
            }
        }
        ArticleGenerator gen = new ArticleGenerator(42);
        while (chars < megabytes * 1_000_000) {
            String t = gen.article();
            texts.add(t);
            chars += t.length();
        }
        return texts;
    }

    private static void throughput(List<String> texts, int rounds) {
        long chars = texts.stream().mapToLong(String::length).sum();
        OpenNlpFloor floor = new OpenNlpFloor();
        OpenNlpFloor toolFloor = new OpenNlpFloor(true);
        Extractor extractor = new Extractor();
        LocalDate ref = LocalDate.of(2024, 1, 5);
        long tokens = 0;
        for (String t : texts) {
            tokens += floor.tag(t); // also the warm-up of the floor
            toolFloor.tag(t);
        }
        for (String t : texts.subList(0, Math.min(texts.size(), 300))) {
            extractor.extract("warm-up", t, ref);
        }
        // Wall time and this thread's CPU time: on a shared machine the CPU time is the steadier of the two.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] floorSec = new double[rounds];
        double[] fullSec = new double[rounds];
        double[] floorCpu = new double[rounds];
        double[] fullCpu = new double[rounds];
        double[] toolCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long k0 = cpu.getCurrentThreadCpuTime();
            for (String t : texts) {
                toolFloor.tag(t);
            }
            toolCpu[r] = (cpu.getCurrentThreadCpuTime() - k0) / 1e9;
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (String t : texts) {
                floor.tag(t);
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            for (String t : texts) {
                extractor.extract("bench", t, ref);
            }
            long c2 = cpu.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            floorSec[r] = (t1 - t0) / 1e9;
            fullSec[r] = (t2 - t1) / 1e9;
            floorCpu[r] = (c1 - c0) / 1e9;
            fullCpu[r] = (c2 - c1) / 1e9;
            System.err.printf("round %d: floor %.1f s (cpu %.1f s), full %.1f s (cpu %.1f s)%n",
                    r + 1, floorSec[r], floorCpu[r], fullSec[r], fullCpu[r]);
        }
        double f = median(floorSec);
        double x = median(fullSec);
        System.out.printf("corpus: %d articles, %.1f MB, %d tokens; %d alternating rounds, medians, one thread%n",
                texts.size(), chars / 1e6, tokens, rounds);
        System.out.printf("OpenNLP alone (floor): %,.0f tokens/s  %,.1f articles/s%n", tokens / f, texts.size() / f);
        System.out.printf("full extraction:       %,.0f tokens/s  %,.1f articles/s%n", tokens / x, texts.size() / x);
        System.out.printf("full / floor throughput: %.2f (wall time)   %.2f (thread CPU time)%n",
                f / x, median(floorCpu) / median(fullCpu));
        // the tool tags with a faster beam search than OpenNLP's (same tags): against a floor that uses it
        // too, the ratio is what the rules alone cost, which a faster tagger cannot flatter
        System.out.printf("full / floor with the tool's tagger search: %.2f (thread CPU time)%n",
                median(toolCpu) / median(fullCpu));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
