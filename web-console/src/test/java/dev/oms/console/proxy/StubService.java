package dev.oms.console.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in product-service: records each call it gets and answers what the test asked it to. order-service is
 * given a port where nothing listens, as when it is down.
 */
public class StubService implements QuarkusTestResourceLifecycleManager {

    /** A call as the service received it. */
    public record Call(String method, String uri, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** What the service answers next. */
    public record Answer(int status, Map<String, String> headers, String body) {}

    static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    static volatile Answer next = new Answer(200, Map.of("Content-Type", "application/json"), "{}");
    static volatile int port;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", StubService::answer);
        server.start();
        port = server.getAddress().getPort();
        return Map.of(
                "oms.console.product-url", "http://127.0.0.1:" + port,
                "oms.console.order-url", "http://127.0.0.1:" + closedPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        CALLS.add(new Call(
                exchange.getRequestMethod(),
                exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()),
                body));
        var answer = next;
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
