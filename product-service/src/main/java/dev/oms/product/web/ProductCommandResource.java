package dev.oms.product.web;

import dev.oms.product.command.AddProductHandler;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/** The catalogue's write API: translates HTTP into commands. */
@Path("/api/products")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProductCommandResource {

    private final AddProductHandler addProduct;

    public ProductCommandResource(AddProductHandler addProduct) {
        this.addProduct = addProduct;
    }

    @POST
    public Uni<Response> add(@Valid @NotNull AddProductRequest request, @Context UriInfo uri) {
        return addProduct.handle(request.toCommand())
                .map(id -> Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                        .entity(new Created(id.toString()))
                        .build());
    }

    /** What a successful create returns; the product itself is read from its Location. */
    public record Created(String id) {
    }
}
