package dev.oms.platform.messaging.deadletters;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import dev.oms.platform.messaging.BrokerConnection;
import dev.oms.platform.messaging.topology.FedQueuesSettings;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import io.vertx.mutiny.rabbitmq.RabbitMQMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dead letters of this service's work queues, and the events its exchange could not route: listed without being
 * taken, replayed to where they were headed (once what made them fail, or the missing queue, is fixed), or discarded. Every letter is taken with a manual acknowledgement: one that
 * is not meant is returned to its queue, and one that is meant leaves it only once the broker has confirmed its
 * replay. See the runbook in docs/operations.md.
 */
@ApplicationScoped
public class DeadLetters {

    private final BrokerConnection broker;
    private final String service;
    private final boolean unroutedDeclared;
    private final ObjectMapper json = new ObjectMapper();

    public DeadLetters(
            BrokerConnection broker,
            FedQueuesSettings topology,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.broker = broker;
        this.service = service;
        this.unroutedDeclared = topology.declareFedQueues();
    }

    /** One dead letter: its event (when the body is one), why and how often it was dead-lettered, its body. */
    public record Letter(String eventId, String type, String reason, long deaths, String body) {}

    /**
     * A queue of letters and how many it holds, with the first of them. A replay sends a letter to the work queue
     * (the dead letters of a work queue) or to the exchange with its own routing key (what the exchange could not
     * route); the other is null.
     */
    public record Queue(String name, String workQueue, String exchange, long count, List<Letter> first) {}

    /**
     * Where this service's letters wait: the dead-letter queue of each of its work queues, and the queue of what its
     * exchange could not route (a work queue deleted or not declared yet).
     */
    public record LetterQueue(String name, String workQueue, String exchange) {

        static LetterQueue deadLettersOf(Subscription subscription) {
            return new LetterQueue(subscription.deadLetterQueue(), subscription.queue(), null);
        }

        static LetterQueue unroutedOf(String exchange) {
            return new LetterQueue(Exchanges.unroutedOf(exchange), null, exchange);
        }

        Uni<Void> replay(RabbitMQClient client, RabbitMQMessage letter) {
            return workQueue != null
                    ? client.basicPublish("", workQueue, letter.properties(), letter.body())
                    : client.basicPublish(
                            exchange, letter.envelope().getRoutingKey(), letter.properties(), letter.body());
        }
    }

    /** This service's letter queue of that name, if it has one. */
    public Optional<LetterQueue> queueNamed(String name) {
        return queues().stream().filter(q -> q.name().equals(name)).findFirst();
    }

    public Uni<List<Queue>> list(int perQueue) {
        return withClient(client -> {
            Uni<List<Queue>> all = Uni.createFrom().item(new ArrayList<>());
            for (var queue : queues()) {
                all = all.chain(found -> client.messageCount(queue.name())
                        .chain(count -> take(client, queue.name(), Math.min(count, perQueue), m -> false)
                                .map(Taken::seen)
                                .map(letters -> {
                                    found.add(new Queue(
                                            queue.name(), queue.workQueue(), queue.exchange(), count, letters));
                                    return found;
                                })));
            }
            return all;
        });
    }

    /** Sends the letters (all, or the one of this event) back where they were headed; answers how many. */
    public Uni<Integer> replay(LetterQueue queue, Optional<String> eventId) {
        return withClient(client -> client.confirmSelect()
                        .chain(() -> client.messageCount(queue.name()))
                        .chain(count -> take(
                                client,
                                queue.name(),
                                count,
                                matching(eventId),
                                message -> queue.replay(client, message).chain(() -> client.waitForConfirms(10_000)))))
                .map(taken -> taken.chosen().size());
    }

    /** Deletes the letters (all, or the one of this event); answers how many. */
    public Uni<Integer> discard(LetterQueue queue, Optional<String> eventId) {
        return withClient(client -> client.messageCount(queue.name())
                        .chain(count -> take(client, queue.name(), count, matching(eventId))))
                .map(taken -> taken.chosen().size());
    }

    private List<LetterQueue> queues() {
        var queues = new ArrayList<LetterQueue>();
        Subscription.of(service).stream()
                .filter(Subscription::shared)
                .map(LetterQueue::deadLettersOf)
                .forEach(queues::add);
        if (!unroutedDeclared) {
            return queues; // the unrouted queue is looked after by whoever declares it (FedQueues)
        }
        try {
            queues.add(LetterQueue.unroutedOf(Exchanges.publishedBy(service)));
        } catch (IllegalArgumentException publishesNothing) {
            // a service that publishes no events has no exchange, so nothing of its can go unrouted
        }
        return queues;
    }

    private Predicate<Letter> matching(Optional<String> eventId) {
        return letter -> eventId.map(id -> id.equals(letter.eventId())).orElse(true);
    }

    /** The letters looked at, and of those the ones chosen (handled and gone from the queue). */
    private record Taken(List<Letter> seen, List<Letter> chosen) {}

    private Uni<Taken> take(RabbitMQClient client, String queue, long max, Predicate<Letter> chosen) {
        return take(client, queue, max, chosen, message -> Uni.createFrom().voidItem());
    }

    /**
     * Takes up to {@code max} letters one by one; a chosen one is handled and then acknowledged (gone from the queue),
     * the others are returned to it at the end.
     */
    private Uni<Taken> take(
            RabbitMQClient client,
            String queue,
            long max,
            Predicate<Letter> chosen,
            java.util.function.Function<RabbitMQMessage, Uni<Void>> handle) {
        var seen = new ArrayList<Letter>();
        var taken = new ArrayList<Letter>();
        var kept = new ArrayList<Long>();
        Uni<Void> next = Uni.createFrom().voidItem();
        for (long i = 0; i < max; i++) {
            next = next.chain(() -> client.basicGet(queue, false).chain(message -> {
                if (message == null) {
                    return Uni.createFrom().voidItem();
                }
                var letter = letterOf(message);
                seen.add(letter);
                var tag = message.envelope().getDeliveryTag();
                if (!chosen.test(letter)) {
                    kept.add(tag);
                    return Uni.createFrom().voidItem();
                }
                taken.add(letter);
                return handle.apply(message).chain(() -> client.basicAck(tag, false));
            }));
        }
        return next.chain(() -> kept.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : client.basicNack(kept.get(kept.size() - 1), true, true))
                .replaceWith(new Taken(seen, taken));
    }

    private Letter letterOf(RabbitMQMessage message) {
        var body = message.body().toString(StandardCharsets.UTF_8);
        String eventId = null;
        String type = null;
        try {
            var tree = json.readTree(body);
            eventId = tree.path("eventId").asText(null);
            type = tree.path("type").asText(null);
        } catch (IOException malformed) {
            // a malformed message is a letter too: listed, replayed or discarded with the rest
        }
        String reason = null;
        long deaths = 0;
        var headers = message.properties().getHeaders();
        if (headers != null
                && headers.get("x-death") instanceof List<?> deathList
                && !deathList.isEmpty()
                && deathList.get(0) instanceof Map<?, ?> death) {
            reason = String.valueOf(death.get("reason"));
            deaths = death.get("count") instanceof Number count ? count.longValue() : 0;
        }
        return new Letter(eventId, type, reason, deaths, body.length() > 2000 ? body.substring(0, 2000) : body);
    }

    private <T> Uni<T> withClient(java.util.function.Function<RabbitMQClient, Uni<T>> conversation) {
        var client = broker.client();
        return client.start()
                .chain(() -> conversation.apply(client))
                .eventually(() -> client.stop().onFailure().recoverWithNull());
    }
}
