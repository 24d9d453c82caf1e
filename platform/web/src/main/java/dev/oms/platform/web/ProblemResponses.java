package dev.oms.platform.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every API of the system answers besides its own responses, written into its OpenAPI document once: every
 * failure is an RFC 9457 problem ({@code ProblemDetail}); an operation that needs a token can answer 401 and 403;
 * anything can answer 503 (a command beyond the admission limit, or the database briefly unavailable) and 500. A resource then documents only what is its own.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "ProblemDetail";
    private static final Set<PathItem.HttpMethod> COMMANDS = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(SCHEMA, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .values()
                .forEach(path -> path.getOperations().forEach(this::complete));
    }

    private void complete(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        var responses = operation.getResponses();
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfAbsent(operation, "401", "No bearer token, or an invalid or expired one");
            addIfAbsent(operation, "403", "The token lacks the role this needs");
        }
        addIfAbsent(
                operation,
                "503",
                COMMANDS.contains(method)
                        ? "Too many commands in progress (nothing was done), or the database briefly unavailable; "
                                + "retry after Retry-After"
                        : "The database is briefly unavailable; retry after Retry-After");
        retryAfterOn(operation.getResponses().getAPIResponse("503"));
        addIfAbsent(operation, "500", "An unexpected failure; the body tells nothing of its cause");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.matches("[45]\\d\\d") && response.getContent() == null) {
                response.setContent(OASFactory.createContent()
                        .addMediaType(
                                ProblemDetail.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(SCHEMA))));
            }
        });
    }

    private static void retryAfterOn(APIResponse busy) {
        if (busy.getHeaders() == null || !busy.getHeaders().containsKey("Retry-After")) {
            busy.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
        }
    }

    private static void addIfAbsent(Operation operation, String code, String description) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation
                    .getResponses()
                    .addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Schema problemSchema() {
        var text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        var fieldError = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .properties(Map.of("field", text, "message", text));
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details (application/problem+json); a service may add extension members")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text)
                .addProperty(
                        "instance",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uri"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.ARRAY))
                                .items(fieldError));
    }
}
