package dev.oms.ceiling;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /ceiling}: a constant JSON straight from a Vert.x route, no JAX-RS, no serialisation, no database. The
 * body has the shape and about the size of a product as {@code GET /api/products/{id}} returns it, so both put the
 * same bytes on the wire and the difference in throughput is our code, not the payload.
 */
@ApplicationScoped
public class CeilingRoute {

    static final String BODY = """
            {"id":"00000000-0000-0000-0000-000000000000","sku":"CEILING-00000","name":"Constant product",\
            "description":"The same answer every time","category":"ceiling","price":10.0000,"currency":"EUR",\
            "availableStock":1000000,"version":0,"updatedAt":"2026-01-01T00:00:00.000000Z"}""";

    private static final Buffer ANSWER = Buffer.buffer(BODY.getBytes(StandardCharsets.UTF_8));

    void routes(@Observes Router router) {
        router.get("/ceiling")
                .handler(context -> context.response()
                        .putHeader("Content-Type", "application/json")
                        .end(ANSWER.copy()));
    }
}
