package dev.oms.product.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page ended: the last item's sort key and id, and the sort it was made for. Opaque to clients: URL-safe
 * base64 of {@code <version>|<sort>|<direction>|<id>|<key>} (the key last, since only it may contain '|').
 */
public record Cursor(ProductSort sort, ProductSort.Direction direction, String key, UUID id) {

    private static final String FORMAT = "1";

    public String encode() {
        var text = String.join("|", FORMAT, sort.apiName(), direction.name(), id.toString(), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor and checks it was made for the sort now asked for.
     *
     * @throws InvalidCursorException when it is garbled or belongs to another sort
     */
    public static Cursor decode(String encoded, ProductSort sort, ProductSort.Direction direction) {
        final String[] parts;
        final Cursor cursor;
        try {
            var text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            parts = text.split("\\|", 5);
            if (parts.length != 5 || !FORMAT.equals(parts[0])) {
                throw new InvalidCursorException("The cursor is not one this service issued");
            }
            var cursorSort = ProductSort.ofApiName(parts[1])
                    .orElseThrow(() -> new InvalidCursorException("The cursor is not one this service issued"));
            cursor = new Cursor(
                    cursorSort, ProductSort.Direction.valueOf(parts[2]), parts[4], UUID.fromString(parts[3]));
            cursorSort.parseKey(cursor.key());
        } catch (InvalidCursorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidCursorException("The cursor is not one this service issued");
        }
        if (cursor.sort() != sort || cursor.direction() != direction) {
            throw new InvalidCursorException(
                    "The cursor was made for sort " + cursor.sort().apiName() + ","
                            + cursor.direction().name().toLowerCase() + ", not " + sort.apiName() + ","
                            + direction.name().toLowerCase() + "; start again without a cursor");
        }
        return cursor;
    }
}
