package dev.oms.product.command;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.CompletionException;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;

/** A lost race is recognised however deep the driver and the reactive pipeline wrapped it, and nothing else is. */
class ConcurrentChangesTest {

    @Test
    void anOptimisticLockFailureIsALostRace() {
        assertThat(ConcurrentChanges.isLostRace(new OptimisticLockException("version moved"))).isTrue();
    }

    @Test
    void aStaleStateWrappedTwiceIsALostRace() {
        var wrapped = new CompletionException(new IllegalStateException(new StaleStateException("0 rows updated")));

        assertThat(ConcurrentChanges.isLostRace(wrapped)).isTrue();
    }

    @Test
    void anyOtherFailureIsNot() {
        assertThat(ConcurrentChanges.isLostRace(new CompletionException(new IllegalStateException("pool closed"))))
                .isFalse();
        assertThat(ConcurrentChanges.isLostRace(null)).isFalse();
    }
}
