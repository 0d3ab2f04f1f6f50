package io.github.unifysequences.core;

/**
 * Told how far an export has come, on the thread that iterates it: once when the job is ready (0 rows done) and
 * after each page.
 *
 * <pre>{@code
 * ExportOptions.builder().progress((done, total) -> log.info("{} / {} rows", done, total)).build();
 * }</pre>
 */
@FunctionalInterface
public interface ExportProgress {

    /**
     * @param rowsDone rows delivered to the caller so far
     * @param totalRows rows the job holds in all
     */
    void onProgress(long rowsDone, long totalRows);
}
