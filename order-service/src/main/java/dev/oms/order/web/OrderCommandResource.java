package dev.oms.order.web;

import dev.oms.order.command.PlaceOrderHandler;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The orders write API: translates HTTP into commands. */
@Path("/api/orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrderCommandResource {

    private final PlaceOrderHandler placeOrder;

    public OrderCommandResource(PlaceOrderHandler placeOrder) {
        this.placeOrder = placeOrder;
    }

    /** Accepted, not created: the order is PENDING until product-service has reserved its stock. */
    @POST
    public Uni<Response> place(@Valid @NotNull PlaceOrderRequest request, @Context UriInfo uri) {
        return placeOrder.handle(request.toCommand())
                .map(order -> Response.accepted(order)
                        .location(uri.getAbsolutePathBuilder().path(order.id().toString()).build())
                        .build());
    }
}
