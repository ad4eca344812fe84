package dev.extract.cli;

import dev.extract.Article;

/** What became of one input: an article, or an error with a stable code. Warnings ride along. */
record Result(Job job, String id, Article article, String errorCode, String errorMessage, String warning) {

    static Result ok(Job job, Article article, String warning) {
        return new Result(job, article.id(), article, null, null, warning);
    }

    static Result failed(Job job, String code, String message) {
        return new Result(job, job.id(), null, code, message, null);
    }

    boolean isError() {
        return article == null;
    }
}
