package dev.oms.platform.web;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Lists, in the OpenAPI document's {@code ProblemDetail} schema, every problem {@code type} this service answers: the
 * platform's and those of the service's {@link ProblemCatalog}. Runs at start-up because the catalogue is a bean.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ProblemTypesInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        var problem = api.getComponents().getSchemas().get(ProblemResponses.SCHEMA);
        if (problem == null
                || problem.getProperties() == null
                || !problem.getProperties().containsKey("type")) {
            return;
        }
        var types = answered();
        var type = problem.getProperties().get("type");
        type.setDescription("What kind of problem this is: a stable name to compare, not a link. This API answers "
                + types.stream()
                        .map(t -> "`" + t.uri() + "` (" + t.status() + " " + t.title() + ")")
                        .collect(Collectors.joining(", "))
                + "; and `about:blank` for what the HTTP layer refuses before the API (an unknown path, a method or "
                + "media type not served), titled by the status.");
        type.setExamples(types.stream().map(t -> (Object) t.uri().toString()).toList());
    }

    private static List<ProblemType> answered() {
        var types = new ArrayList<>(ProblemType.PLATFORM);
        var catalog = Arc.container().select(ProblemCatalog.class);
        if (catalog.isResolvable()) {
            catalog.get().types().stream().filter(t -> !types.contains(t)).forEach(types::add);
        }
        return types;
    }
}
