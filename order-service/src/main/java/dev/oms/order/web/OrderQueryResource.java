package dev.oms.order.web;

import dev.oms.order.query.OrderQueries;
import dev.oms.order.query.OrderView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The orders read API. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderQueryResource {

    private final OrderQueries queries;

    public OrderQueryResource(OrderQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    public Uni<OrderView> byId(@PathParam("id") UUID id) {
        return queries.byId(id).map(found -> found
                .orElseThrow(() -> new NotFoundException("No order with id " + id)));
    }
}
