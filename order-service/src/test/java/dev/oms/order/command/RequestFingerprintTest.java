package dev.oms.order.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void theSameRequestWithItsLinesInAnotherOrderHasTheSameFingerprint() {
        var first = new PlaceOrder("c-1", List.of(new PlaceOrder.Line(A, 1), new PlaceOrder.Line(B, 2)), "k");
        var reordered = new PlaceOrder("c-1", List.of(new PlaceOrder.Line(B, 2), new PlaceOrder.Line(A, 1)), "k");

        assertThat(RequestFingerprint.of(reordered))
                .isEqualTo(RequestFingerprint.of(first))
                .hasSize(64);
    }

    @Test
    void anotherQuantityProductOrCustomerIsAnotherRequest() {
        var base = RequestFingerprint.of(new PlaceOrder("c-1", List.of(new PlaceOrder.Line(A, 1)), "k"));

        assertThat(RequestFingerprint.of(new PlaceOrder("c-1", List.of(new PlaceOrder.Line(A, 2)), "k")))
                .isNotEqualTo(base);
        assertThat(RequestFingerprint.of(new PlaceOrder("c-1", List.of(new PlaceOrder.Line(B, 1)), "k")))
                .isNotEqualTo(base);
        assertThat(RequestFingerprint.of(new PlaceOrder("c-2", List.of(new PlaceOrder.Line(A, 1)), "k")))
                .isNotEqualTo(base);
        assertThat(RequestFingerprint.of(new PlaceOrder("c-1", List.of(new PlaceOrder.Line(A, 1)), "other")))
                .as("the key itself is not part of what was asked for")
                .isEqualTo(base);
    }
}
