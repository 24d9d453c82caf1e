package dev.oms.order.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of orders ended: the last item's placed time and id (the sort key, newest first). Clients see it as an
 * opaque base64url string and pass it back to get the next page.
 */
public record OrderCursor(Instant createdAt, UUID id) {

    private static final String VERSION = "1";

    public String encode() {
        var plain = VERSION + "|" + createdAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service wrote */
    public static OrderCursor decode(String text) {
        try {
            var plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            var parts = plain.split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new OrderCursor(Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor returned by this API", e);
        }
    }
}
