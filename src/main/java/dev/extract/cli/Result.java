package dev.extract.cli;

/**
 * What became of one input: the article already rendered in the output format (on the worker thread, so
 * the writer only copies bytes), or an error with a stable code. Warnings ride along.
 */
record Result(Job job, String id, String doc, String errorCode, String errorMessage, String warning, int[] facts) {
    private static final int[] NONE = new int[4];

    static Result ok(Job job, String id, String doc, String warning) {
        return new Result(job, id, doc, null, null, warning, NONE);
    }

    /** @param facts figures, dates, actors and claims found, for the closing summary */
    static Result ok(Job job, String id, String doc, String warning, int[] facts) {
        return new Result(job, id, doc, null, null, warning, facts);
    }

    static Result failed(Job job, String code, String message) {
        return new Result(job, job.id(), null, code, message, null, NONE);
    }

    boolean isError() {
        return doc == null;
    }
}
