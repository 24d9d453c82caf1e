package dev.oms.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.order.query.OrderCursor;
import dev.oms.platform.web.ProblemDetail;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderListParametersTest {

    @Test
    void withoutParametersItIsTheFirstPageOfTwentyOfAllOrders() {
        var search = OrderListParameters.parse(null, null, null, null, null, null);

        assertThat(search.size()).isEqualTo(20);
        assertThat(search.customerId()).isNull();
        assertThat(search.status()).isNull();
        assertThat(search.from()).isNull();
        assertThat(search.to()).isNull();
        assertThat(search.after()).isNull();
    }

    @Test
    void everyParameterIsRead() {
        var cursor = new OrderCursor(Instant.parse("2026-03-02T00:00:00Z"), UUID.randomUUID());

        var search = OrderListParameters.parse(
                "c-1", "SHIPPED", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", "100", cursor.encode());

        assertThat(search.customerId()).isEqualTo("c-1");
        assertThat(search.status()).isEqualTo("SHIPPED");
        assertThat(search.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(search.to()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(search.size()).isEqualTo(100);
        assertThat(search.after()).isEqualTo(cursor);
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> OrderListParameters.parse(
                        "x".repeat(65), "LOST", "yesterday", "2026-13-01T00:00:00Z", "101", "garbage"))
                .isInstanceOfSatisfying(
                        InvalidParametersException.class,
                        e -> assertThat(e.errors())
                                .extracting(ProblemDetail.FieldError::field)
                                .containsExactly("customerId", "status", "from", "to", "size", "cursor"));
    }

    @Test
    void aSizeBelowOneOrNotANumberAndAWindowEndingBeforeItStartsAreRefused() {
        for (var size : new String[] {"0", "-1", "abc", "1.5"}) {
            assertThatThrownBy(() -> OrderListParameters.parse(null, null, null, null, size, null))
                    .isInstanceOfSatisfying(
                            InvalidParametersException.class,
                            e -> assertThat(e.errors())
                                    .extracting(ProblemDetail.FieldError::field)
                                    .containsExactly("size"));
        }
        assertThatThrownBy(() -> OrderListParameters.parse(
                        null, null, "2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z", null, null))
                .isInstanceOfSatisfying(
                        InvalidParametersException.class,
                        e -> assertThat(e.errors())
                                .extracting(ProblemDetail.FieldError::field)
                                .containsExactly("from"));
    }
}
