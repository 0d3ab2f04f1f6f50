package io.github.unifysequences.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unifysequences.models.ResultsPageParams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A results page built for a test double: required fields named, rows copied, a page's successor computed. */
class ResultsPageTest {

    @Test
    void aBuilderNamesTheRequiredFieldItLacks() {
        assertThatThrownBy(
                        () -> ResultsPage.builder().total(1).page(1).pageSize(1).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ResultsPage.params is required but was not set");
        assertThatThrownBy(() -> ResultsPage.builder()
                        .page(1)
                        .pageSize(1)
                        .params(ResultsPageParams.first())
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ResultsPage.total is required but was not set");
    }

    @Test
    void aBuiltPageKeepsItsRowsAndNamesItsSuccessor() {
        List<String> rows = new ArrayList<>(List.of("a", "b"));
        ResultsPage<String> page = ResultsPage.<String>builder()
                .total(3)
                .page(1)
                .pageSize(2)
                .items(rows)
                .params(ResultsPageParams.builder().pageSize(2).build())
                .build();
        rows.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(page.nextPageParams())
                .contains(ResultsPageParams.builder().page(2).pageSize(2).build());
        ResultsPage<String> last = page.toBuilder().page(2).items(List.of("c")).build();
        assertThat(last.hasNextPage()).isFalse();
        assertThat(last.nextPageParams()).isEmpty();
        assertThat(last).isNotEqualTo(page);
    }
}
