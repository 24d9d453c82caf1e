package dev.oms.order.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * A SHA-256 digest of what an order request asks for: the customer and the set of (product, quantity, seen price)
 * lines. Lines are sorted first, so the same order with its lines listed differently has the same fingerprint; a line
 * without a seen price is written as before seen prices existed, so keys stored then still match.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    private static String seenPrice(PlaceOrder.Line line) {
        return line.seenUnitPrice() == null
                ? ""
                : "@" + line.seenUnitPrice().stripTrailingZeros().toPlainString() + " " + line.seenCurrency();
    }

    static String of(PlaceOrder command) {
        var canonical = new StringBuilder(command.customerId()).append('\n');
        command.lines().stream()
                .sorted(Comparator.comparing(line -> line.productId().toString()))
                .forEach(line -> canonical
                        .append(line.productId())
                        .append(':')
                        .append(line.quantity())
                        .append(seenPrice(line))
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
