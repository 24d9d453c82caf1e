package dev.oms.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gauge {@code oms.broker.reachable}: 1 when a TCP connection to the broker ({@code rabbitmq-host},
 * {@code rabbitmq-port}) opened at the last check ({@code oms.metrics.refresh-interval}), else 0. The broker is
 * deliberately no health check: a replica whose broker is away still serves reads and takes commands (the outbox
 * keeps their events), so neither liveness (a restart cures nothing) nor readiness (reads need no broker) may depend
 * on it. An operator learns of the outage from this gauge and its alert instead.
 */
@Startup
@ApplicationScoped
public class BrokerReachability {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final InetSocketAddress broker;
    private final AtomicInteger reachable = new AtomicInteger();

    public BrokerReachability(MeterRegistry metrics, BrokerConnection connection) {
        this.broker = InetSocketAddress.createUnresolved(connection.host(), connection.port());
        Gauge.builder("oms.broker.reachable", reachable, AtomicInteger::get)
                .description("1 when the broker took a TCP connection at the last check, else 0")
                .register(metrics);
    }

    /** Blocking, on a worker thread: a connect with a short timeout. */
    @Scheduled(every = "${oms.metrics.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        var now = connects() ? 1 : 0;
        if (reachable.getAndSet(now) != now) {
            Log.infof("The broker at %s is %s", broker, now == 1 ? "reachable again" : "unreachable");
        }
    }

    boolean connects() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(broker.getHostString(), broker.getPort()), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
