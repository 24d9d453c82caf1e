package dev.oms.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AggregateTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    /** An aggregate as small as can be: a counter that says when it went up. */
    private static final class Counter extends Aggregate<String> {
        void up(Instant now) {
            changedAt(now);
            raise("up at " + now);
        }
    }

    @Test
    void theEventsRaisedAreTakenOnceInTheOrderTheyWereRaised() {
        var counter = new Counter();
        counter.up(NOW);
        counter.up(NOW.plusSeconds(1));

        assertThat(counter.hasPendingEvents()).isTrue();
        assertThat(counter.takePendingEvents()).containsExactly("up at " + NOW, "up at " + NOW.plusSeconds(1));
        assertThat(counter.hasPendingEvents()).isFalse();
        assertThat(counter.takePendingEvents()).isEmpty();
    }

    @Test
    void aChangeMovesTheLastChangeTime() {
        var counter = new Counter();
        counter.up(NOW.plusSeconds(5));

        assertThat(counter.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(counter.version()).isZero();
    }
}
