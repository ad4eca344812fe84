package dev.extract.spark;

import dev.extract.cli.JsonlRecords;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link JsonlRecords} per executor JVM and set of options: the models and rule tables load on the
 * first task that needs them and are shared by every later task of the executor (the extractor is
 * thread-safe), instead of loading once per record or per partition.
 */
final class ExecutorExtractors {
    private static final ConcurrentMap<RecordOptions, JsonlRecords> BY_OPTIONS = new ConcurrentHashMap<>();

    private ExecutorExtractors() {
    }

    static JsonlRecords get(RecordOptions options) {
        return BY_OPTIONS.computeIfAbsent(options, o -> new JsonlRecords(o.settings()));
    }
}
