package io.github.unifysequences.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress lines on a clock the test moves: time left, a visible wait, and the last line once. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    @Test
    void plainLinesSayTheTimeLeftAndAWaitAndEndOnce() {
        Progress progress = new Progress(new PrintWriter(text), false, "enroll", 100, now::get, false);
        now.set(10 * SECOND);
        progress.update(20, Map.of("enrolled", 20));
        // Nothing finishes for a while (a rate-limit wait): the timer's redraw says so.
        now.set(16 * SECOND);
        progress.tick();
        now.set(30 * SECOND);
        progress.update(100, Map.of("enrolled", 100));
        progress.finish(100, Map.of("enrolled", 100));
        assertThat(text.toString().lines())
                .containsExactly(
                        "enroll: 20/100 rows done, 2.0/s, about 40 s left (enrolled 20)",
                        "enroll: 20/100 rows done, 1.3/s, waiting (6 s) (enrolled 20)",
                        "enroll: 100/100 rows done, 3.3/s (enrolled 100)");
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(Progress.duration(45)).isEqualTo("45 s");
        assertThat(Progress.duration(200)).isEqualTo("3 min 20 s");
        assertThat(Progress.duration(7500)).isEqualTo("2 h 05 min");
    }
}
