package io.github.unifysequences.cli;

import io.github.unifysequences.models.PageParams;
import picocli.CommandLine.Option;

/** {@code --limit N} of every list command: lists page through everything unless told to stop early. */
final class ListLimit {
    @Option(names = "--limit", paramLabel = "N", description = "Stop after N items (default: all, fetching every page).")
    Integer limit;

    /** @return the page size to ask for: no bigger than the limit, so a small limit costs one small request */
    Integer pageSize() {
        if (limit != null && limit < 1) {
            throw new CliError(SequencesCli.EXIT_USAGE, "--limit must be at least 1.");
        }
        return limit == null ? null : Math.min(100, limit);
    }

    /** @return paging params with that page size, for the lists that take nothing else */
    PageParams pageParams() {
        PageParams.Builder params = PageParams.builder();
        ApiCommand.ifGiven(pageSize(), params::limit);
        return params.build();
    }
}
