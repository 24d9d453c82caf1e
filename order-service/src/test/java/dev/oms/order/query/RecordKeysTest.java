package dev.oms.order.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The read model's composite keys identify a row by both parts, as the tables' primary keys do. */
class RecordKeysTest {

    private static final UUID ORDER = UUID.randomUUID();

    @Test
    void anOrderLineIsIdentifiedByItsOrderAndLineNumber() {
        assertThat(line(ORDER, 1)).isEqualTo(line(ORDER, 1)).hasSameHashCodeAs(line(ORDER, 1));
        assertThat(line(ORDER, 1))
                .isNotEqualTo(line(ORDER, 2))
                .isNotEqualTo(line(UUID.randomUUID(), 1))
                .isNotEqualTo(change(ORDER, 1))
                .isNotEqualTo(null);
    }

    @Test
    void aStatusChangeIsIdentifiedByItsOrderAndSequence() {
        assertThat(change(ORDER, 3)).isEqualTo(change(ORDER, 3)).hasSameHashCodeAs(change(ORDER, 3));
        assertThat(change(ORDER, 3))
                .isNotEqualTo(change(ORDER, 4))
                .isNotEqualTo(change(UUID.randomUUID(), 3))
                .isNotEqualTo(line(ORDER, 3))
                .isNotEqualTo(null);
    }

    private static OrderLineRecord.Key line(UUID orderId, int lineNo) {
        var key = new OrderLineRecord.Key();
        key.orderId = orderId;
        key.lineNo = lineNo;
        return key;
    }

    private static StatusChangeRecord.Key change(UUID orderId, int seq) {
        var key = new StatusChangeRecord.Key();
        key.orderId = orderId;
        key.seq = seq;
        return key;
    }
}
