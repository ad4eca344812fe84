package dev.extract.cli;

/**
 * What became of one input: the article already serialised (on the worker thread, so the writer only
 * copies bytes), or an error with a stable code. Warnings ride along.
 */
record Result(Job job, String id, String json, String errorCode, String errorMessage, String warning, int facts) {

    static Result ok(Job job, String id, String json, String warning) {
        return ok(job, id, json, warning, 0);
    }

    /** @param facts how many figures, dates, actors and claims the article holds (for counters) */
    static Result ok(Job job, String id, String json, String warning, int facts) {
        return new Result(job, id, json, null, null, warning, facts);
    }

    static Result failed(Job job, String code, String message) {
        return new Result(job, job.id(), null, code, message, null, 0);
    }

    boolean isError() {
        return json == null;
    }
}
