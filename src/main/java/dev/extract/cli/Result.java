package dev.extract.cli;

/**
 * What became of one input: the article already rendered in the output format (on the worker thread, so
 * the writer only copies bytes), or an error with a stable code. Warnings ride along.
 */
record Result(Job job, String id, String doc, String errorCode, String errorMessage, String warning) {

    static Result ok(Job job, String id, String doc, String warning) {
        return new Result(job, id, doc, null, null, warning);
    }

    static Result failed(Job job, String code, String message) {
        return new Result(job, job.id(), null, code, message, null);
    }

    boolean isError() {
        return doc == null;
    }
}
