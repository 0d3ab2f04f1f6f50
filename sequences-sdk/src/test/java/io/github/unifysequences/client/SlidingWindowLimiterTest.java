package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {
    private static final int PERMITS = 100;
    private static final Duration WINDOW = Duration.ofSeconds(1);
    private static final long SPACING = WINDOW.plus(SlidingWindowLimiter.MARGIN).toMillis();

    private final ManualClock clock = new ManualClock();
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(PERMITS, WINDOW, clock);

    @Test
    void aFullBudgetStartsAtOnceAndTheNextCallWaitsForTheOldestToLeaveTheWindow() {
        for (int i = 0; i < PERMITS; i++) {
            assertThat(limiter.reserve()).isZero();
        }
        clock.now += 300;
        assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(SPACING - 300));
        assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(SPACING - 300));
    }

    @Test
    void noWindowEverHoldsMoreThanThePermitsWhateverTheArrivalPattern() {
        Random random = new Random(42);
        List<Long> starts = new ArrayList<>();
        for (int step = 0; step < 2_000; step++) {
            clock.now += random.nextInt(25);
            int burst = random.nextInt(step % 100 < 10 ? 60 : 6);
            for (int i = 0; i < burst; i++) {
                starts.add(clock.now + limiter.reserve().toMillis());
            }
        }
        starts.sort(null);
        assertThat(starts.size()).isGreaterThan(5 * PERMITS);
        // Any window [t, t + WINDOW] holding more than PERMITS starts would contain two starts PERMITS apart.
        for (int i = PERMITS; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - PERMITS)).isGreaterThan(WINDOW.toMillis());
        }
    }

    @Test
    void callersThatAlwaysWantMoreSustainThePermitsPerWindow() {
        int calls = 20 * PERMITS;
        for (int i = 0; i < calls; i++) {
            clock.now += limiter.reserve().toMillis();
        }
        // The first budget starts at 0 at once; the rate is what follows it, as figure 5 measures it.
        double perWindow = (calls - PERMITS) / (clock.now / (double) WINDOW.toMillis());
        assertThat(perWindow).isBetween(0.95 * PERMITS, 1.0 * PERMITS);
    }

    @Test
    void needsAPermitAndAWindow() {
        assertThatThrownBy(() -> new SlidingWindowLimiter(0, WINDOW, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlidingWindowLimiter(1, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class ManualClock extends Clock {
        long now;

        @Override
        public long millis() {
            return now;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
