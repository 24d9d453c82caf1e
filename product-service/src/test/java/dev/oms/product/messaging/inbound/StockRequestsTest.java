package dev.oms.product.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.events.order.OrderPlaced;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReserveStockHandlerTest {

    @Test
    void linesForTheSameProductAddUpSoEachProductRecordsOneStockChange() {
        var keyboard = UUID.randomUUID();
        var mouse = UUID.randomUUID();
        var order = new OrderPlaced(
                UUID.randomUUID(),
                "c-1",
                List.of(
                        new OrderPlaced.Line(keyboard, 2),
                        new OrderPlaced.Line(mouse, 1),
                        new OrderPlaced.Line(keyboard, 3)));

        var quantities = ReserveStockHandler.quantitiesByProduct(order);

        assertThat(quantities).containsExactly(java.util.Map.entry(keyboard, 5), java.util.Map.entry(mouse, 1));
    }
}
