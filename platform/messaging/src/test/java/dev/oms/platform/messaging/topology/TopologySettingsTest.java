package dev.oms.platform.messaging.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the connector is told, per service, from the declaration in event-contracts. */
class TopologySettingsTest {

    @Test
    void orderServicePublishesToItsExchangeAndReadsItsStockOutcomesFromAQuorumQueueWithDeadLetters() {
        var settings = TopologySettings.of("order-service");

        assertThat(settings)
                .containsEntry("mp.messaging.outgoing.outbox.exchange.name", "oms.order-events")
                .containsEntry("mp.messaging.outgoing.outbox.publish-confirms", "true")
                .containsEntry("mp.messaging.incoming.stock-outcomes.exchange.name", "oms.product-events")
                .containsEntry("mp.messaging.incoming.stock-outcomes.queue.name", "order-service.stock-outcomes")
                .containsEntry("mp.messaging.incoming.stock-outcomes.routing-keys", "StockReserved,StockRejected")
                .containsEntry("mp.messaging.incoming.stock-outcomes.queue.x-queue-type", "quorum")
                .containsEntry("mp.messaging.incoming.stock-outcomes.queue.x-delivery-limit", "5")
                .containsEntry("mp.messaging.incoming.stock-outcomes.dead-letter-exchange", "oms.dead-letters")
                .containsEntry(
                        "mp.messaging.incoming.stock-outcomes.dead-letter-queue-name",
                        "order-service.stock-outcomes.dlq")
                .containsEntry("mp.messaging.incoming.stock-outcomes.failure-strategy", "reject")
                .containsEntry("mp.messaging.incoming.stock-outcomes.concurrency", "${oms.consumer.concurrency}");
        assertThat(settings.keySet())
                .noneMatch(key -> key.contains(".stock-requests.") || key.contains(".product-cache."));
    }

    @Test
    void productServiceGetsItsSharedQueueAndACacheQueuePerInstanceThatOutlivesABrokerRestart() {
        var settings = TopologySettings.of("product-service");

        assertThat(settings)
                .containsEntry("mp.messaging.outgoing.outbox.exchange.name", "oms.product-events")
                .containsEntry("mp.messaging.incoming.stock-requests.queue.name", "product-service.orders")
                .containsEntry(
                        "mp.messaging.incoming.product-cache.queue.name", "product-service.cache.${quarkus.uuid}")
                .containsEntry("mp.messaging.incoming.product-cache.queue.durable", "true")
                .containsEntry("mp.messaging.incoming.product-cache.queue.exclusive", "false")
                .containsEntry("mp.messaging.incoming.product-cache.queue.auto-delete", "false")
                .containsEntry("mp.messaging.incoming.product-cache.queue.arguments", InstanceQueueArguments.NAME)
                .containsEntry("mp.messaging.incoming.product-cache.failure-strategy", "accept")
                .doesNotContainKey("mp.messaging.incoming.product-cache.dead-letter-queue-name");
    }

    @Test
    void aQueuePerInstanceExpiresOnceItsInstanceIsGoneAndIsBoundedMeanwhile() {
        assertThat(new InstanceQueueArguments().instanceQueueArguments())
                .containsEntry("x-expires", 600_000L)
                .containsEntry("x-max-length", 100_000);
    }

    @Test
    void noChannelIsAHealthCheckSoABrokerOutageNeitherRestartsNorUnreadiesAReplica() {
        var settings = TopologySettings.of("product-service");

        assertThat(settings)
                .containsEntry("mp.messaging.outgoing.outbox.health-enabled", "false")
                .containsEntry("mp.messaging.incoming.stock-requests.health-enabled", "false")
                .containsEntry("mp.messaging.incoming.product-cache.health-enabled", "false");
    }

    @Test
    void everyChannelDeclaresItsExchangeWithTheAlternateExchangeThatKeepsWhatItCannotRoute() {
        var settings = TopologySettings.of("order-service");
        var arguments = new ExchangeArguments();

        assertThat(settings)
                .containsEntry("mp.messaging.outgoing.outbox.exchange.arguments", ExchangeArguments.ORDER_EVENTS)
                .containsEntry(
                        "mp.messaging.incoming.stock-outcomes.exchange.arguments", ExchangeArguments.PRODUCT_EVENTS);
        assertThat(arguments.orderEvents()).containsEntry("alternate-exchange", "oms.order-events.unrouted");
        assertThat(arguments.productEvents()).containsEntry("alternate-exchange", "oms.product-events.unrouted");
    }

    @Test
    void aServiceThatNeitherPublishesNorConsumesGetsNothing() {
        assertThat(TopologySettings.of("http-ceiling")).isEmpty();
    }
}
