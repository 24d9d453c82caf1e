package dev.oms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * A service's refusals become problems of their own types; the most specific entry wins; anything else is not a
 * refusal; the catalogue lists every type it answers.
 */
class ProblemCatalogTest {

    static final ProblemType NOT_FOUND = new ProblemType("thing-not-found", 404, "Not Found");
    static final ProblemType GONE = new ProblemType("order-gone", 410, "Gone");

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
    void anExceptionBecomesAProblemOfItsTypeWithItsMessageAsDetail() {
        var catalog = new ProblemCatalog().refuse(NotFound.class, NOT_FOUND);

        assertThat(catalog.problemFor(new OrderNotFound())).hasValueSatisfying(problem -> {
            assertThat(problem.type()).isEqualTo(URI.create("urn:oms:problem:thing-not-found"));
            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.title()).isEqualTo("Not Found");
            assertThat(problem.detail()).isEqualTo("Order 7 does not exist");
        });
        assertThat(catalog.problemFor(new IllegalStateException("bug"))).isEmpty();
    }

    @Test
    void theMostSpecificEntryWinsAndMayAddExtensionMembers() {
        var catalog = new ProblemCatalog()
                .refuse(NotFound.class, NOT_FOUND)
                .refuse(OrderNotFound.class, GONE, (problem, e) -> problem.with("orderId", "7"));

        var problem = catalog.problemFor(new OrderNotFound()).orElseThrow();

        assertThat(problem.type()).isEqualTo(GONE.uri());
        assertThat(problem.status()).isEqualTo(410);
        assertThat(problem.extensions()).containsEntry("orderId", "7");
        assertThat(catalog.types()).containsExactly(NOT_FOUND, GONE);
    }

    @Test
    void aTypeIsAKebabCaseNameAndAnErrorStatus() {
        assertThatThrownBy(() -> new ProblemType("Duplicate SKU", 409, "Duplicate SKU"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemType("fine", 200, "OK")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ProblemType.PLATFORM).extracting(ProblemType::slug).doesNotHaveDuplicates();
    }
}
