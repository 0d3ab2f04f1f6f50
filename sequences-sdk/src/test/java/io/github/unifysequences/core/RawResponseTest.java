package io.github.unifysequences.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RawResponseTest {

    @Test
    void lazyHeadersAreBuiltOnlyWhenAskedForAndThenKept() {
        AtomicInteger built = new AtomicInteger();
        RawResponse<String> raw = RawResponse.of(
                200,
                () -> {
                    built.incrementAndGet();
                    return Map.of("x-request-id", List.of("r-1"));
                },
                "body");

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo("body");
        assertThat(built).hasValue(0);
        assertThat(raw.header("X-Request-Id")).contains("r-1");
        assertThat(raw.headers()).containsOnlyKeys("x-request-id");
        assertThat(built).hasValue(1);
    }

    @Test
    void headersCannotBeChangedThroughTheValueOrTheMapItWasGiven() {
        Map<String, List<String>> given = new HashMap<>(Map.of("content-type", List.of("application/json")));
        RawResponse<String> eager = RawResponse.of(200, given, "body");
        RawResponse<String> lazy = RawResponse.of(200, () -> given, "body");
        assertThat(lazy.headers()).isEqualTo(given);
        given.put("x-added", List.of("later"));

        for (RawResponse<String> raw : List.of(eager, lazy)) {
            assertThat(raw.headers()).containsOnlyKeys("content-type");
            assertThatThrownBy(() -> raw.headers().put("x", List.of()))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void equalityAndTextDoNotDependOnHowTheHeadersWereGiven() {
        Map<String, List<String>> headers = Map.of("x-total", List.of("3"));
        RawResponse<String> eager = RawResponse.of(201, headers, "body");
        RawResponse<String> lazy = RawResponse.of(201, () -> headers, "body");

        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(lazy)
                .isNotEqualTo(RawResponse.of(200, headers, "body"))
                .isNotEqualTo(RawResponse.of(201, Map.of(), "body"))
                .isNotEqualTo(RawResponse.of(201, headers, "other"));
        assertThat(lazy).hasToString("RawResponse[statusCode=201, headers={x-total=[3]}, body=body]");
    }

    @Test
    void aMissingOrEmptyHeaderIsEmpty() {
        List<String> none = new ArrayList<>();
        RawResponse<String> raw = RawResponse.of(200, () -> Map.of("x-empty", none), null);

        assertThat(raw.header("x-empty")).isEmpty();
        assertThat(raw.header("x-missing")).isEmpty();
        assertThat(raw.body()).isNull();
    }
}
