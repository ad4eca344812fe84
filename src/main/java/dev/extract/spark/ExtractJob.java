package dev.extract.spark;

import dev.extract.cli.JsonlRecords;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The extraction as a Spark job: input lines (JSON Lines, or Parquet rows turned into JSON objects) keep
 * their order and their 1-based number, each partition runs through the executor's shared extractor, and
 * every non-blank input line becomes exactly one output line, an article or an error object, as the CLI
 * writes them. Nothing is shuffled, so the part files, concatenated in name order, follow the input.
 */
final class ExtractJob {

    /** Input and output layouts. */
    enum Format { JSONL, PARQUET }

    /** What one run reads, writes and how. */
    record Plan(String input, Format inputFormat, String output, Format outputFormat, int partitions,
                boolean overwrite, RecordOptions records) { }

    /** The job's counters, read from its accumulators once it has finished. */
    record Counts(long articles, long facts, long errors) { }

    /** The output path exists and --overwrite was not given. */
    static final class OutputExistsException extends IOException {
        OutputExistsException(String path) {
            super(path + " exists; give a fresh output path, or --overwrite to replace it");
        }
    }

    private ExtractJob() {
    }

    static Counts run(SparkSession spark, Plan plan) throws IOException {
        RecordOptions options = plan.records().validated();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        prepareOutput(jsc, plan);
        LongAccumulator articles = jsc.sc().longAccumulator("extract articles");
        LongAccumulator facts = jsc.sc().longAccumulator("extract facts");
        LongAccumulator errors = jsc.sc().longAccumulator("extract errors");
        String source = plan.input();
        jsc.setJobGroup("extract", "extract " + plan.input() + " -> " + plan.output(), false); // named in the UI
        JavaRDD<String> out = lines(spark, jsc, plan).zipWithIndex().mapPartitions(rows -> {
            JsonlRecords records = ExecutorExtractors.get(options);
            return new OutputLines(rows, records, source, articles, facts, errors);
        }, true);
        if (plan.outputFormat() == Format.JSONL) {
            out.saveAsTextFile(plan.output());
        } else {
            // the schema is read off the output itself, so the lines are kept rather than extracted twice
            out.persist(StorageLevel.MEMORY_AND_DISK());
            spark.read().json(spark.createDataset(out.rdd(), Encoders.STRING())).write().parquet(plan.output());
            out.unpersist(false);
        }
        return new Counts(articles.value(), facts.value(), errors.value());
    }

    private static JavaRDD<String> lines(SparkSession spark, JavaSparkContext jsc, Plan plan) {
        int partitions = plan.partitions() > 0 ? plan.partitions() : jsc.defaultMinPartitions();
        if (plan.inputFormat() == Format.JSONL) {
            return jsc.textFile(plan.input(), partitions);
        }
        JavaRDD<String> rows = spark.read().parquet(plan.input()).toJSON().javaRDD();
        return plan.partitions() > 0 && rows.getNumPartitions() > plan.partitions()
                ? rows.coalesce(plan.partitions(), false) : rows;
    }

    private static void prepareOutput(JavaSparkContext jsc, Plan plan) throws IOException {
        Path out = new Path(plan.output());
        FileSystem fs = out.getFileSystem(jsc.hadoopConfiguration());
        if (fs.exists(out)) {
            if (!plan.overwrite()) {
                throw new OutputExistsException(plan.output());
            }
            fs.delete(out, true);
        }
    }

    /** The output lines of one partition, made as they are pulled (a partition is never held whole). */
    private static final class OutputLines implements Iterator<String> {
        private final Iterator<Tuple2<String, Long>> rows;
        private final JsonlRecords records;
        private final String source;
        private final LongAccumulator articles;
        private final LongAccumulator facts;
        private final LongAccumulator errors;
        private String ahead;

        OutputLines(Iterator<Tuple2<String, Long>> rows, JsonlRecords records, String source,
                    LongAccumulator articles, LongAccumulator facts, LongAccumulator errors) {
            this.rows = rows;
            this.records = records;
            this.source = source;
            this.articles = articles;
            this.facts = facts;
            this.errors = errors;
        }

        @Override
        public boolean hasNext() {
            while (ahead == null && rows.hasNext()) {
                Tuple2<String, Long> row = rows.next();
                JsonlRecords.Line line = records.extract(row._1(), source, row._2() + 1);
                if (line != null) {
                    (line.error() ? errors : articles).add(1);
                    facts.add(line.facts());
                    ahead = line.json();
                }
            }
            return ahead != null;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String s = ahead;
            ahead = null;
            return s;
        }
    }
}
