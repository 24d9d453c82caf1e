package dev.oms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.junit.jupiter.api.Test;

/** What every operation of an API document gains: problem responses, and the problem schema. */
class ProblemResponsesTest {

    @Test
    void aSecuredCommandMayAnswer401403503And500AllAsProblems() {
        var command = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Duplicate SKU")));
        var api = document("/api/products", OASFactory.createPathItem().POST(command));

        new ProblemResponses().filterOpenAPI(api);

        assertThat(command.getResponses().getAPIResponses()).containsKeys("201", "401", "403", "409", "503", "500");
        assertThat(command.getResponses().getAPIResponse("201").getContent()).isNull();
        for (var code : List.of("401", "403", "409", "503", "500")) {
            var problem =
                    command.getResponses().getAPIResponse(code).getContent().getMediaType(ProblemDetail.MEDIA_TYPE);
            assertThat(problem.getSchema().getRef()).as(code).endsWith("/" + ProblemResponses.SCHEMA);
        }
        assertThat(command.getResponses().getAPIResponse("503").getHeaders()).containsKey("Retry-After");
        assertThat(api.getComponents().getSchemas().get(ProblemResponses.SCHEMA).getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void theBearerSchemeIsDeclaredOnceForTheWholeDocument() {
        var api = document("/api/orders", OASFactory.createPathItem());

        new BearerScheme().filterOpenAPI(api);

        var scheme = api.getComponents().getSecuritySchemes().get(BearerScheme.NAME);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        assertThat(scheme.getBearerFormat()).isEqualTo("JWT");
    }

    @Test
    void aPublicReadGainsOnly503And500AndAResponseThatHasContentKeepsIt() {
        var read = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "404",
                                OASFactory.createAPIResponse()
                                        .description("Not Found")
                                        .content(OASFactory.createContent()
                                                .addMediaType("text/plain", OASFactory.createMediaType()))));
        var api = document("/api/products/{id}", OASFactory.createPathItem().GET(read));

        new ProblemResponses().filterOpenAPI(api);

        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("404", "503", "500");
        assertThat(read.getResponses().getAPIResponse("503").getHeaders()).containsKey("Retry-After");
        assertThat(read.getResponses().getAPIResponse("404").getContent().getMediaTypes())
                .containsOnlyKeys("text/plain");
    }

    @Test
    void aDocumentWithoutPathsStillGetsTheSchema() {
        var api = OASFactory.createOpenAPI();

        new ProblemResponses().filterOpenAPI(api);

        assertThat(api.getComponents().getSchemas()).containsKey(ProblemResponses.SCHEMA);
    }

    private static OpenAPI document(String path, PathItem item) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
    }
}
