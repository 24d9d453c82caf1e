package dev.oms.product.web;

import dev.oms.product.query.ProductQueries;
import dev.oms.product.query.ProductView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The catalogue's read API. */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductQueryResource {

    private final ProductQueries queries;

    public ProductQueryResource(ProductQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    public Uni<Response> byId(@PathParam("id") UUID id) {
        return queries.byId(id).map(found -> found
                .map(product -> Response.ok(product).tag(etag(product)).build())
                .orElseThrow(() -> new NotFoundException("No product with id " + id)));
    }

    static EntityTag etag(ProductView product) {
        return new EntityTag(Long.toString(product.version()));
    }
}
