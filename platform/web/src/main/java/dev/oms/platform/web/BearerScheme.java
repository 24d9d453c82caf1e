package dev.oms.platform.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The one way every API of the system is authenticated, declared in its OpenAPI document once: a JWT from the identity
 * provider as a bearer token. A resource names it with {@code @SecurityRequirement(name = BearerScheme.NAME)}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class BearerScheme implements OASFilter {

    public static final String NAME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents()
                .addSecurityScheme(
                        NAME,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("A JWT from the identity provider: the caller's roles in its groups "
                                        + "claim, the caller's id in its subject"));
    }
}
