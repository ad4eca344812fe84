package dev.extract.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bin/bench spark}'s measuring JVM: in one Spark session (its master from {@code -Dspark.master}),
 * a warm-up job over the first records loads the models and lets the JIT compile the extractors, then the
 * timed job runs over the whole input. The timed job is what an archive run sees after its first minute;
 * start-up and warm-up are printed apart, so neither is hidden.
 * Usage: {@code SparkBench INPUT.jsonl OUTPUT_DIR PARTITIONS}.
 */
public final class SparkBench {
    private static final int WARM_UP_RECORDS = Integer.getInteger("warmup", 600);

    private SparkBench() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int partitions = Integer.parseInt(args[2]);
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("extract-bench").getOrCreate();
        try {
            long t1 = System.nanoTime();
            Path warm = out.resolveSibling(out.getFileName() + "-warm.jsonl");
            List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
            Files.write(warm, lines.subList(0, Math.min(WARM_UP_RECORDS, lines.size())), StandardCharsets.UTF_8);
            ExtractJob.run(spark, plan(warm.toString(), out + "-warm", partitions));
            long t2 = System.nanoTime();
            ExtractJob.Counts c = ExtractJob.run(spark, plan(input.toString(), out.toString(), partitions));
            long t3 = System.nanoTime();
            double job = (t3 - t2) / 1e9;
            System.out.printf(Locale.ROOT, "session %.1f s, warm-up job (%d records) %.1f s, job %.1f s (%.0f records/s)%n",
                    (t1 - t0) / 1e9, Math.min(WARM_UP_RECORDS, lines.size()), (t2 - t1) / 1e9, job,
                    (c.articles() + c.errors()) / job);
        } finally {
            spark.stop();
        }
    }

    private static ExtractJob.Plan plan(String in, String out, int partitions) {
        return new ExtractJob.Plan(in, ExtractJob.Format.JSONL, out, ExtractJob.Format.JSONL, partitions, true,
                RecordOptions.defaults().validated());
    }
}
