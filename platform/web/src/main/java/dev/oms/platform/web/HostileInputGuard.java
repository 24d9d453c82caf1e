package dev.oms.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers the requests that are refused before they reach a resource with problem details too: a body larger than
 * {@code quarkus.http.limits.max-body-size} (413, judged by its Content-Length before it is read) and a query
 * parameter holding a NUL character (400).
 */
@ApplicationScoped
public class HostileInputGuard {

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public HostileInputGuard(
            ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void refuseOversizedBodies(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            var length = context.request().getHeader("Content-Length");
            if (length != null && isLarger(length)) {
                var problem = ProblemType.BODY_TOO_LARGE.problem(
                        "The request body is larger than " + maxBodyBytes + " bytes");
                context.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(write(problem));
                return;
            }
            context.next();
        });
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseNulInQueryParameters(ContainerRequestContext request) {
        for (var parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                var field = parameter.getKey();
                return ProblemMappers.problem(ProblemDetail.invalidField(field, "must not contain a NUL character"));
            }
        }
        return null;
    }

    private boolean isLarger(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String write(ProblemDetail problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
