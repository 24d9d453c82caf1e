package dev.oms.platform.testing;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.UUID;

/**
 * How the database of this build orders UUIDs, for tests that predict an order the database decides (a tie broken by
 * id). PostgreSQL compares them byte by byte, as their lower-case text sorts; SQL Server compares a
 * {@code uniqueidentifier} by its last six bytes first, then bytes 8-9, then 7-6, 5-4 and 3-0 (the first three
 * groups read backwards).
 */
public final class UuidOrder {

    /** Byte positions, as the UUID is written, from the most significant to the least, for SQL Server. */
    private static final int[] SQL_SERVER_SIGNIFICANCE = {10, 11, 12, 13, 14, 15, 8, 9, 7, 6, 5, 4, 3, 2, 1, 0};

    public static final Comparator<UUID> POSTGRESQL = Comparator.comparing(UUID::toString);

    public static final Comparator<UUID> SQL_SERVER = (a, b) -> {
        var x = bytes(a);
        var y = bytes(b);
        for (int position : SQL_SERVER_SIGNIFICANCE) {
            int order = Integer.compare(x[position] & 0xff, y[position] & 0xff);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    private UuidOrder() {}

    /** The order of the database this build's tests run on ({@code -Ddb.kind=postgresql}, else SQL Server). */
    public static Comparator<UUID> ofThisBuild() {
        return "postgresql".equals(System.getProperty("db.kind")) ? POSTGRESQL : SQL_SERVER;
    }

    /** As {@link #ofThisBuild()}, for ids kept as text. */
    public static Comparator<String> ofThisBuildAsText() {
        return Comparator.comparing(UUID::fromString, ofThisBuild());
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}
