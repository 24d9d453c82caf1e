package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.CompletionException;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;

/** A lost optimistic-locking race is recognised however deep the reactive stack wrapped it. */
class PersistenceFailuresTest {

    @Test
    void anOptimisticLockFailureAnywhereInTheCausesIsALostRace() {
        assertThat(PersistenceFailures.isLostRace(new OptimisticLockException()))
                .isTrue();
        assertThat(PersistenceFailures.isLostRace(new CompletionException(new StaleStateException("row changed"))))
                .isTrue();
    }

    @Test
    void anyOtherFailureIsNot() {
        assertThat(PersistenceFailures.isLostRace(new IllegalStateException("boom")))
                .isFalse();
        assertThat(PersistenceFailures.isLostRace(new CompletionException(new IllegalArgumentException())))
                .isFalse();
    }

    @Test
    void aBrokenUniqueConstraintIsRecognisedByItsNameWhateverWrapsIt() {
        var duplicate = new CompletionException(new IllegalStateException(
                "ERROR: duplicate key value violates unique constraint \"UK_IDEMPOTENCY_KEY_CUSTOMER_KEY\""));

        assertThat(PersistenceFailures.violates(duplicate, "uk_idempotency_key_customer_key"))
                .isTrue();
        assertThat(PersistenceFailures.violates(duplicate, "uk_other")).isFalse();
        assertThat(PersistenceFailures.violates(new IllegalStateException(), "uk_other"))
                .isFalse();
    }
}
