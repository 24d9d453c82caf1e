package dev.oms.console.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Answers the console's own refusals as RFC 9457 problem details, as the services answer theirs. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static JsonObject of(int status, String title, String detail) {
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
    }

    public static void send(RoutingContext context, int status, String title, String detail) {
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(of(status, title, detail).encode());
    }
}
