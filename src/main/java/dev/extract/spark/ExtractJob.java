package dev.extract.spark;

import dev.extract.cli.JsonlRecords;
import dev.extract.cli.MappedIterator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
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
    enum Format { JSONL, PARQUET, WARC }

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
        Counters counters = new Counters(articles, facts, errors);
        JavaRDD<String> out = plan.inputFormat() == Format.WARC
                ? warcFiles(jsc, plan).mapPartitions(files ->
                        counters.count(new WarcLines(files, ExecutorExtractors.get(options))), true)
                : lines(spark, jsc, plan).zipWithIndex().mapPartitions(rows ->
                        counters.count(new RecordLines(rows, ExecutorExtractors.get(options), source)), true);
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
        if (plan.inputFormat() == Format.JSONL) {
            return jsc.textFile(plan.input(), partitions(jsc, plan));
        }
        JavaRDD<String> rows = spark.read().parquet(plan.input()).toJSON().javaRDD();
        return plan.partitions() > 0 && rows.getNumPartitions() > plan.partitions()
                ? rows.coalesce(plan.partitions(), false) : rows;
    }

    /**
     * The WARC files of the input in name order, as a folder is read on the command line; each is one
     * unit of work, opened only when its task reads it (sorting moves names and handles, not contents).
     */
    private static JavaPairRDD<String, PortableDataStream> warcFiles(JavaSparkContext jsc, Plan plan) {
        int tasks = plan.partitions() > 0 ? plan.partitions() : jsc.defaultParallelism();
        return jsc.binaryFiles(plan.input(), tasks).sortByKey(true, tasks);
    }

    private static int partitions(JavaSparkContext jsc, Plan plan) {
        return plan.partitions() > 0 ? plan.partitions() : jsc.defaultMinPartitions();
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

    /** The job's accumulators, counting each output line as it leaves a task. */
    private record Counters(LongAccumulator articles, LongAccumulator facts, LongAccumulator errors)
            implements Serializable {
        Iterator<String> count(Iterator<JsonlRecords.Line> lines) {
            return MappedIterator.of(lines, line -> {
                (line.error() ? errors : articles).add(1);
                facts.add(line.facts());
                return line.json();
            });
        }
    }

    /** The output lines of one partition of input lines, made as they are pulled; blank lines give none. */
    private static final class RecordLines implements Iterator<JsonlRecords.Line> {
        private final Iterator<Tuple2<String, Long>> rows;
        private final JsonlRecords records;
        private final String source;
        private JsonlRecords.Line ahead;

        RecordLines(Iterator<Tuple2<String, Long>> rows, JsonlRecords records, String source) {
            this.rows = rows;
            this.records = records;
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            while (ahead == null && rows.hasNext()) {
                Tuple2<String, Long> row = rows.next();
                ahead = records.extract(row._1(), source, row._2() + 1);
            }
            return ahead != null;
        }

        @Override
        public JsonlRecords.Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            JsonlRecords.Line line = ahead;
            ahead = null;
            return line;
        }
    }

    /**
     * The output lines of the WARC files of one partition, file after file, each streamed record by record
     * (a CC-NEWS file of a gigabyte is never held whole); a file is closed once its pages are read.
     */
    private static final class WarcLines implements Iterator<JsonlRecords.Line> {
        private final Iterator<Tuple2<String, PortableDataStream>> files;
        private final JsonlRecords records;
        private Iterator<JsonlRecords.Line> pages = java.util.Collections.emptyIterator();
        private InputStream open;

        WarcLines(Iterator<Tuple2<String, PortableDataStream>> files, JsonlRecords records) {
            this.files = files;
            this.records = records;
        }

        @Override
        public boolean hasNext() {
            while (!pages.hasNext()) {
                close();
                if (!files.hasNext()) {
                    return false;
                }
                Tuple2<String, PortableDataStream> file = files.next();
                open = new BufferedInputStream(file._2().open(), 1 << 16);
                pages = records.warcPages(open, file._1());
            }
            return true;
        }

        @Override
        public JsonlRecords.Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pages.next();
        }

        private void close() {
            if (open != null) {
                try {
                    open.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                open = null;
            }
        }
    }
}
