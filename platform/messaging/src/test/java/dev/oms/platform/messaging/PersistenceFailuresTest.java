package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.mssqlclient.MSSQLException;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
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

    @Test
    void sqlServersUniqueKeyAndUniqueIndexViolationsAreRecognisedByTheirName() {
        // 2627 (a UNIQUE constraint) and 2601 (a unique index) both name it; the client's message quotes the server's
        var constraint = new MSSQLException(
                2627,
                (byte) 1,
                (byte) 14,
                "Violation of UNIQUE KEY constraint 'uk_product_sku_key'. Cannot insert duplicate key in object"
                        + " 'catalog.product'. The duplicate key value is (mug-1).",
                "sql1",
                "",
                1);
        var index = new MSSQLException(
                2601,
                (byte) 1,
                (byte) 14,
                "Cannot insert duplicate key row in object 'catalog.product' with unique index 'uk_product_sku_key'."
                        + " The duplicate key value is (mug-1).",
                "sql1",
                "",
                1);

        for (var violation : new MSSQLException[] {constraint, index}) {
            var wrapped = new CompletionException(new PersistenceException("could not execute statement", violation));
            assertThat(PersistenceFailures.violates(wrapped, "uk_product_sku_key"))
                    .as(violation.getMessage())
                    .isTrue();
            assertThat(PersistenceFailures.violates(wrapped, "uk_other")).isFalse();
        }
    }

    @Test
    void postgreSqlsUniqueViolationIsRecognisedByItsName() {
        var violation = new PgException(
                "duplicate key value violates unique constraint \"uk_product_sku_key\"", "ERROR", "23505", null);

        assertThat(PersistenceFailures.violates(
                        new CompletionException(new PersistenceException("could not execute statement", violation)),
                        "uk_product_sku_key"))
                .isTrue();
    }
}
