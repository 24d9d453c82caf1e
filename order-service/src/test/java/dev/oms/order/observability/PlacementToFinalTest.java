package dev.oms.order.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.order.domain.OrderMother;
import dev.oms.order.domain.OrderStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlacementToFinalTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final PlacementToFinal answerTimes = new PlacementToFinal(metrics);

    @Test
    void theStockAnswerRecordsHowLongThePlacedOrderWaited() {
        var confirmed = OrderMother.pending();
        confirmed.confirm(OrderMother.cataloguePrices(), OrderMother.NOW.plusMillis(180));
        var rejected = OrderMother.pending();
        rejected.reject("out of stock", OrderMother.NOW.plusSeconds(2));

        answerTimes.recordIfAnswered(confirmed);
        answerTimes.recordIfAnswered(rejected);

        var confirmations =
                metrics.get(PlacementToFinal.NAME).tag("status", "CONFIRMED").timer();
        assertThat(confirmations.count()).isOne();
        assertThat(confirmations.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(180);
        assertThat(metrics.get(PlacementToFinal.NAME)
                        .tag("status", "REJECTED")
                        .timer()
                        .totalTime(TimeUnit.SECONDS))
                .isEqualTo(2);
    }

    @Test
    void aPlacementAndLaterChangesAreNoAnswer() {
        var shipped = OrderMother.in(OrderStatus.CONFIRMED);
        shipped.request(OrderStatus.SHIPPED, "parcel 1", OrderMother.NOW.plus(Duration.ofHours(2)));

        answerTimes.recordIfAnswered(OrderMother.pending());
        answerTimes.recordIfAnswered(shipped);
        answerTimes.recordIfAnswered(OrderMother.in(OrderStatus.CANCELLED));

        assertThat(metrics.find(PlacementToFinal.NAME).timers()).isEmpty();
    }
}
