package dev.oms.product.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.events.EventEnvelope;
import dev.oms.events.EventPayload;
import dev.oms.events.product.ProductCreated;
import dev.oms.events.product.ProductStockChanged;
import dev.oms.events.product.ProductUpdated;
import dev.oms.product.query.CacheRefresh.Action;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CacheRefreshTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant THEN = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant NOW = THEN.plusSeconds(30);
    /** Read at aggregate version 5, its details at version 2 (three stock changes since the last edit). */
    private static final ProductSnapshot CACHED = new ProductSnapshot(
            new ProductView(ID, "KB-1", "Keyboard", null, "peripherals", new BigDecimal("49.9000"), "EUR", 4, 2, THEN),
            5);

    @Test
    void anEventNoNewerThanTheCachedEntryLeavesItAlone() {
        var older = updated("Old name", 4);
        var same = updated("Same version", 5);

        assertThat(CacheRefresh.of(CACHED, older).action()).isEqualTo(Action.KEEP);
        assertThat(CacheRefresh.of(CACHED, same).action()).isEqualTo(Action.KEEP);
        assertThat(CacheRefresh.of(CACHED, stockChanged(1, 3)).action()).isEqualTo(Action.KEEP);
    }

    @Test
    void aNewerProductUpdatedReplacesTheEntryWithItsStateAndDetailsVersion() {
        var refresh = CacheRefresh.of(CACHED, updated("Quiet keyboard", 8));

        assertThat(refresh.action()).isEqualTo(Action.REPLACE);
        assertThat(refresh.replacement())
                .isEqualTo(new ProductSnapshot(
                        new ProductView(
                                ID,
                                "KB-1",
                                "Quiet keyboard",
                                null,
                                "peripherals",
                                new BigDecimal("59.0000"),
                                "EUR",
                                2,
                                3,
                                NOW),
                        8));
    }

    @Test
    void aNewerProductUpdatedFromAProducerThatPredatesTheDetailsVersionDropsTheEntry() {
        var withoutDetailsVersion = envelope(
                new ProductUpdated(ID, "KB-1", "Old producer", null, "peripherals", BigDecimal.ONE, "EUR", 2, null), 8);

        assertThat(CacheRefresh.of(CACHED, withoutDetailsVersion).action()).isEqualTo(Action.EVICT);
    }

    @Test
    void theNextStockChangeUpdatesTheStockOfTheEntryAndKeepsItsDetailsVersion() {
        var refresh = CacheRefresh.of(CACHED, stockChanged(1, 6));

        assertThat(refresh.action()).isEqualTo(Action.REPLACE);
        assertThat(refresh.replacement())
                .isEqualTo(new ProductSnapshot(
                        new ProductView(
                                ID,
                                "KB-1",
                                "Keyboard",
                                null,
                                "peripherals",
                                new BigDecimal("49.9000"),
                                "EUR",
                                1,
                                2,
                                NOW),
                        6));
    }

    @Test
    void aStockChangeAfterAGapDropsTheEntryRatherThanMixTwoStates() {
        assertThat(CacheRefresh.of(CACHED, stockChanged(1, 7)).action()).isEqualTo(Action.EVICT);
    }

    @Test
    void aNewerEventThatCarriesNoStateDropsTheEntry() {
        var created =
                envelope(new ProductCreated(ID, "KB-1", "Keyboard", null, "peripherals", BigDecimal.ONE, "EUR", 1), 9);

        assertThat(CacheRefresh.of(CACHED, created).action()).isEqualTo(Action.EVICT);
    }

    private static EventEnvelope<?> updated(String name, long version) {
        return envelope(
                new ProductUpdated(ID, "KB-1", name, null, "peripherals", new BigDecimal("59.0000"), "EUR", 2, 3L),
                version);
    }

    private static EventEnvelope<?> stockChanged(int stock, long version) {
        return envelope(new ProductStockChanged(ID, -1, stock, "reservation", UUID.randomUUID()), version);
    }

    private static EventEnvelope<?> envelope(EventPayload payload, long version) {
        return EventEnvelope.wrap(payload, ID.toString(), version, ID.toString(), NOW);
    }
}
