package dev.extract.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class dev.extract.spark.SparkMain extract.jar [options] INPUT OUTPUT}: the CLI's
 * JSON Lines extraction over a dataset too large for one machine. Options (the record ones mean what
 * they mean for {@code extract}): --input-format jsonl|parquet|warc, --output-format jsonl|parquet,
 * --partitions N, --overwrite, --max-chars N, --text-field/--id-field/--date-field/--title-field PATH,
 * --text-format text|html, --only KINDS, --date-order mdy|dmy, --reference-date YYYY-MM-DD, --with-text.
 * Exit status: 0 done (error rows included), 2 a usage mistake or an existing output.
 */
public final class SparkMain {
    static final String USAGE = "usage: spark-submit --class dev.extract.spark.SparkMain extract.jar"
            + " [--input-format jsonl|parquet|warc] [--output-format jsonl|parquet] [--partitions N] [--overwrite]"
            + " [--max-chars N] [--text-field F] [--id-field F] [--date-field F] [--title-field F]"
            + " [--text-format text|html] [--only KINDS] [--date-order mdy|dmy] [--reference-date YYYY-MM-DD]"
            + " [--with-text] INPUT OUTPUT";

    private SparkMain() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("extract").getOrCreate();
        int status;
        try {
            status = run(spark, args, System.err);
        } finally {
            spark.stop();
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the job on the given session; returns the exit status and reports on {@code err}. */
    static int run(SparkSession spark, String[] args, PrintStream err) {
        ExtractJob.Plan plan;
        try {
            plan = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("extract-spark: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            long start = System.nanoTime();
            ExtractJob.Counts c = ExtractJob.run(spark, plan);
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "extract-spark: %d articles, %d facts, %d error rows -> %s in %.1f s (%.0f records/s)%n",
                    c.articles(), c.facts(), c.errors(), plan.output(), seconds, (c.articles() + c.errors()) / seconds);
            return 0;
        } catch (ExtractJob.OutputExistsException e) {
            err.println("extract-spark: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("extract-spark: " + e.getMessage());
            return 1;
        }
    }

    static ExtractJob.Plan parse(String[] args) {
        ExtractJob.Format in = ExtractJob.Format.JSONL;
        ExtractJob.Format out = ExtractJob.Format.JSONL;
        int partitions = 0;
        boolean overwrite = false;
        RecordOptions r = RecordOptions.defaults();
        String input = null;
        String output = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--overwrite" -> overwrite = true;
                case "--with-text" -> r = with(r, "with-text", "true");
                case "--input-format" -> in = format(a, value(args, ++i, a));
                case "--output-format" -> out = format(a, value(args, ++i, a));
                case "--partitions" -> partitions = positive(a, value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        r = with(r, a.substring(2), value(args, ++i, a));
                    } else if (input == null) {
                        input = a;
                    } else if (output == null) {
                        output = a;
                    } else {
                        throw new IllegalArgumentException("one input and one output, not '" + a + "' too");
                    }
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("needs an INPUT and an OUTPUT path");
        }
        return new ExtractJob.Plan(input, in, output, out, partitions, overwrite, r.validated());
    }

    private static RecordOptions with(RecordOptions r, String name, String v) {
        return switch (name) {
            case "max-chars" -> new RecordOptions(positive("--max-chars", v), r.textField(), r.idField(), r.dateField(),
                    r.titleField(), r.html(), r.only(), r.dayFirst(), r.referenceDate(), r.withText());
            case "text-field" -> new RecordOptions(r.maxChars(), v, r.idField(), r.dateField(), r.titleField(),
                    r.html(), r.only(), r.dayFirst(), r.referenceDate(), r.withText());
            case "id-field" -> new RecordOptions(r.maxChars(), r.textField(), v, r.dateField(), r.titleField(),
                    r.html(), r.only(), r.dayFirst(), r.referenceDate(), r.withText());
            case "date-field" -> new RecordOptions(r.maxChars(), r.textField(), r.idField(), v, r.titleField(),
                    r.html(), r.only(), r.dayFirst(), r.referenceDate(), r.withText());
            case "title-field" -> new RecordOptions(r.maxChars(), r.textField(), r.idField(), r.dateField(), v,
                    r.html(), r.only(), r.dayFirst(), r.referenceDate(), r.withText());
            case "text-format" -> new RecordOptions(r.maxChars(), r.textField(), r.idField(), r.dateField(),
                    r.titleField(), choice(name, v, "text", "html"), r.only(), r.dayFirst(), r.referenceDate(), r.withText());
            case "only" -> new RecordOptions(r.maxChars(), r.textField(), r.idField(), r.dateField(), r.titleField(),
                    r.html(), v, r.dayFirst(), r.referenceDate(), r.withText());
            case "date-order" -> new RecordOptions(r.maxChars(), r.textField(), r.idField(), r.dateField(),
                    r.titleField(), r.html(), r.only(), choice(name, v, "mdy", "dmy"), r.referenceDate(), r.withText());
            case "reference-date" -> new RecordOptions(r.maxChars(), r.textField(), r.idField(), r.dateField(),
                    r.titleField(), r.html(), r.only(), r.dayFirst(), v, r.withText());
            case "with-text" -> new RecordOptions(r.maxChars(), r.textField(), r.idField(), r.dateField(),
                    r.titleField(), r.html(), r.only(), r.dayFirst(), r.referenceDate(), true);
            default -> throw new IllegalArgumentException("unknown option --" + name);
        };
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static ExtractJob.Format format(String option, String v) {
        try {
            ExtractJob.Format f = ExtractJob.Format.valueOf(v.strip().toUpperCase(Locale.ROOT));
            if (f != ExtractJob.Format.WARC || option.equals("--input-format")) {
                return f;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(option + " must be " + formats(option) + ", not '" + v + "'");
    }

    private static String formats(String option) {
        return option.equals("--input-format") ? "jsonl, parquet or warc" : "jsonl or parquet";
    }

    private static int positive(String option, String v) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least 1, not '" + v + "'");
    }

    /** True for the second of two allowed values (html, dmy). */
    private static boolean choice(String name, String v, String first, String second) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.equals(first) || s.equals(second)) {
            return s.equals(second);
        }
        throw new IllegalArgumentException("--" + name + " must be " + first + " or " + second + ", not '" + v + "'");
    }
}
