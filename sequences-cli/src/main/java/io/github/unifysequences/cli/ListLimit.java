package io.github.unifysequences.cli;

import io.github.unifysequences.models.PageParams;
import picocli.CommandLine.Option;

/**
 * {@code --limit N} and {@code --page-size N} of every list command: lists page through everything unless told to stop
 * early, in the largest pages the API allows, so that a whole workspace costs as few requests of the rate limit as it can.
 */
final class ListLimit {
    /** The largest page every list operation of the spec accepts ({@code limit}: minimum 1, maximum 100). */
    static final int MAX_PAGE = 100;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "Stop after N items in all (default: all, fetching every page).")
    Integer limit;

    @Option(
            names = "--page-size",
            paramLabel = "N",
            description =
                    "Items per request, 1 to 100 (default: 100, or N of --limit when smaller). Does not cap the total.")
    Integer pageSize;

    /** @return the page size to ask for: the largest, but no bigger than the limit, so a small limit costs one small request */
    int pageSize() {
        if (limit != null && limit < 1) {
            throw new CliError(SequencesCli.EXIT_USAGE, "--limit must be at least 1.");
        }
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE)) {
            throw new CliError(SequencesCli.EXIT_USAGE, "--page-size must be between 1 and " + MAX_PAGE + ".");
        }
        int size = pageSize != null ? pageSize : MAX_PAGE;
        return limit == null ? size : Math.min(size, limit);
    }

    /** @return paging params with that page size, for the lists that take nothing else */
    PageParams pageParams() {
        return PageParams.builder().limit(pageSize()).build();
    }
}
