package dev.oms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A service's refusals become their problems; the most specific entry wins; anything else is not a refusal. */
class ProblemCatalogTest {

    static class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    static class OrderNotFound extends NotFound {
        OrderNotFound() {
            super("Order 7 does not exist");
        }
    }

    @Test
    void anExceptionBecomesItsProblemWithItsMessageAsDetail() {
        var catalog = new ProblemCatalog().refuse(NotFound.class, 404, "Not Found");

        assertThat(catalog.problemFor(new OrderNotFound())).hasValueSatisfying(problem -> {
            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.title()).isEqualTo("Not Found");
            assertThat(problem.detail()).isEqualTo("Order 7 does not exist");
        });
        assertThat(catalog.problemFor(new IllegalStateException("bug"))).isEmpty();
    }

    @Test
    void theMostSpecificEntryWinsAndMayAddExtensionMembers() {
        var catalog = new ProblemCatalog()
                .refuse(NotFound.class, 404, "Not Found")
                .refuse(
                        OrderNotFound.class,
                        e -> ProblemDetail.of(410, "Gone", e.getMessage()).with("orderId", "7"));

        var problem = catalog.problemFor(new OrderNotFound()).orElseThrow();

        assertThat(problem.status()).isEqualTo(410);
        assertThat(problem.extensions()).containsEntry("orderId", "7");
    }
}
