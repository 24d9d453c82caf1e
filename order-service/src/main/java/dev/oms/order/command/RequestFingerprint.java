package dev.oms.order.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * A SHA-256 digest of what an order request asks for: the customer and the set of (product, quantity) lines. Lines
 * are sorted first, so the same order with its lines listed differently has the same fingerprint.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(PlaceOrder command) {
        var canonical = new StringBuilder(command.customerId()).append('\n');
        command.lines().stream()
                .sorted(Comparator.comparing(line -> line.productId().toString()))
                .forEach(line -> canonical
                        .append(line.productId())
                        .append(':')
                        .append(line.quantity())
                        .append('\n'));
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
