package dev.oms.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidOrderTest {

    /** One byte set at a time, from SQL Server's least significant position to its most significant. */
    private static final List<String> SQL_SERVER_ASCENDING = List.of(
            "01000000-0000-0000-0000-000000000000",
            "00010000-0000-0000-0000-000000000000",
            "00000100-0000-0000-0000-000000000000",
            "00000001-0000-0000-0000-000000000000",
            "00000000-0100-0000-0000-000000000000",
            "00000000-0001-0000-0000-000000000000",
            "00000000-0000-0100-0000-000000000000",
            "00000000-0000-0001-0000-000000000000",
            "00000000-0000-0000-0001-000000000000",
            "00000000-0000-0000-0100-000000000000",
            "00000000-0000-0000-0000-000000000001",
            "00000000-0000-0000-0000-000000000100",
            "00000000-0000-0000-0000-000000010000",
            "00000000-0000-0000-0000-000001000000",
            "00000000-0000-0000-0000-000100000000",
            "00000000-0000-0000-0000-010000000000");

    @Test
    void sqlServerWeighsTheLastGroupFirstAndReadsTheFirstThreeBackwards() {
        var shuffled = new ArrayList<>(
                SQL_SERVER_ASCENDING.stream().map(UUID::fromString).toList());
        Collections.shuffle(shuffled);

        shuffled.sort(UuidOrder.SQL_SERVER);

        assertThat(shuffled.stream().map(UUID::toString).toList()).isEqualTo(SQL_SERVER_ASCENDING);
    }

    @Test
    void postgreSqlOrdersAsTheText() {
        var a = UUID.fromString("55666bee-b3a0-4bf5-81a7-86ff976e763f");
        var b = UUID.fromString("8dd5bca5-6abe-4f73-b4b7-393ae6bbb849");

        assertThat(UuidOrder.POSTGRESQL.compare(a, b)).isNegative();
        assertThat(UuidOrder.SQL_SERVER.compare(a, b)).isPositive(); // 86ff... > 393a... in the last group
    }

    @Test
    void theBuildSaysWhichDatabaseItTestsOn() {
        var expected = "postgresql".equals(System.getProperty("db.kind")) ? UuidOrder.POSTGRESQL : UuidOrder.SQL_SERVER;

        assertThat(UuidOrder.ofThisBuild()).isSameAs(expected);
    }
}
