package dev.oms.order.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

    @Test
    void theSeenPriceIsPartOfTheRequestAndItsAbsenceKeepsTheFingerprintsStoredBeforeIt() {
        var withoutPrice = RequestFingerprint.of(new PlaceOrder("c-1", List.of(new PlaceOrder.Line(A, 1)), "k"));
        var atSevenEuros = RequestFingerprint.of(
                new PlaceOrder("c-1", List.of(new PlaceOrder.Line(A, 1, new BigDecimal("7.00"), "EUR")), "k"));

        assertThat(atSevenEuros).isNotEqualTo(withoutPrice);
        assertThat(RequestFingerprint.of(
                        new PlaceOrder("c-1", List.of(new PlaceOrder.Line(A, 1, new BigDecimal("7"), "EUR")), "k")))
                .as("the same amount written another way")
                .isEqualTo(atSevenEuros);
        assertThat(RequestFingerprint.of(
                        new PlaceOrder("c-1", List.of(new PlaceOrder.Line(A, 1, new BigDecimal("7"), "USD")), "k")))
                .isNotEqualTo(atSevenEuros);
        assertThat(withoutPrice)
                .as("as computed before seen prices existed: SHA-256 of \"c-1\\n<A>:1\\n\"")
                .isEqualTo("%064x".formatted(new java.math.BigInteger(1, sha256("c-1\n" + A + ":1\n"))));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
