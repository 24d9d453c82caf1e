package dev.oms.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * A problem answered from a Vert.x route, before the REST layer: its body is written once, so that answering a flood
 * costs a short write and nothing more.
 */
final class Refusal {

    private final int status;
    private final MultiMap headers;
    private final Buffer body;

    private Refusal(int status, MultiMap headers, Buffer body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** @param headers name, value, name, value... */
    static Refusal of(ObjectMapper json, ProblemDetail problem, String... headers) {
        var all = MultiMap.caseInsensitiveMultiMap().add("Content-Type", ProblemDetail.MEDIA_TYPE);
        for (int i = 0; i < headers.length; i += 2) {
            all.add(headers[i], headers[i + 1]);
        }
        try {
            return new Refusal(problem.status(), all, Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void answer(RoutingContext context) {
        var response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status).headers().addAll(headers);
        var sent = response.end(body);
        if ("close".equals(headers.get("Connection")) && context.request().version() != HttpVersion.HTTP_2) {
            // HTTP/1.x would otherwise keep reading a body still coming, for nothing
            sent.onComplete(ignored -> context.request().connection().close());
        }
    }
}
