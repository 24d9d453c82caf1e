package dev.oms.product.command;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.CompletionException;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;

/** A lost optimistic-locking race is recognised however deep the reactive stack wrapped it. */
class ConcurrentChangesTest {

    @Test
    void anOptimisticLockFailureAnywhereInTheCausesIsALostRace() {
        assertThat(ConcurrentChanges.isLostRace(new OptimisticLockException())).isTrue();
        assertThat(ConcurrentChanges.isLostRace(new CompletionException(new StaleStateException("row changed"))))
                .isTrue();
    }

    @Test
    void anyOtherFailureIsNot() {
        assertThat(ConcurrentChanges.isLostRace(new IllegalStateException("boom")))
                .isFalse();
        assertThat(ConcurrentChanges.isLostRace(new CompletionException(new IllegalArgumentException())))
                .isFalse();
    }
}
