package dev.oms.order.web;

import dev.oms.order.command.OrderNotFoundException;
import dev.oms.order.query.OrderPage;
import dev.oms.order.query.OrderQueries;
import dev.oms.order.query.OrderView;
import dev.oms.platform.web.BearerScheme;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The orders read API: fulfilment staff see every order, a customer only their own. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@RolesAllowed({Roles.FULFILMENT, Roles.CUSTOMER})
@SecurityRequirement(name = BearerScheme.NAME)
public class OrderQueryResource {

    private final OrderQueries queries;

    public OrderQueryResource(OrderQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Read an order",
            description =
                    "Roles: fulfilment (any order), customer (their own; "
                            + "another customer's order is 404, as if it did not exist). With its lines, total and status history.")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "Neither the customer nor the fulfilment role")
    @APIResponse(responseCode = "404", description = "No such order (or, for a customer, not theirs)")
    public Uni<OrderView> byId(@PathParam("id") String id, @Context SecurityContext security) {
        var orderId = OrderIds.parse(id);
        var caller = Caller.of(security);
        return queries.byId(orderId)
                .map(found -> found.filter(order -> caller.maySee(order.customerId()))
                        .orElseThrow(() -> new OrderNotFoundException(orderId)));
    }

    @GET
    @Operation(
            summary = "List orders",
            description = "Roles: fulfilment (every order), customer (only their own: "
                    + "customerId defaults to the caller, and naming another customer is 403). Newest first (createdAt, then "
                    + "id, descending). Keyset paging: pass the nextCursor of a page as cursor to get the next one; it is null "
                    + "on the last page.")
    @APIResponse(responseCode = "200", description = "A page of orders")
    @APIResponse(responseCode = "400", description = "A parameter does not parse or is out of range, naming it")
    @APIResponse(
            responseCode = "403",
            description = "Neither the customer nor the fulfilment role, or a customer " + "named another customer")
    public Uni<OrderPage> list(
            @Parameter(description = "Only this customer's orders (for a customer: their own, the default)")
                    @QueryParam("customerId")
                    String customerId,
            @Parameter(
                            description = "Only orders in this status",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "PENDING",
                                                "CONFIRMED",
                                                "REJECTED",
                                                "SHIPPED",
                                                "DELIVERED",
                                                "CANCELLED"
                                            }))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Placed at or after (ISO-8601 instant, e.g. 2026-03-01T00:00:00Z)")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Placed before (ISO-8601 instant)") @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Context SecurityContext security) {
        var caller = Caller.of(security);
        var search = OrderListParameters.parse(
                caller.staff() ? customerId : ownId(caller, customerId), status, from, to, size, cursor);
        return queries.search(search);
    }

    /** A customer lists their own orders; asking for someone else's is refused rather than quietly answered. */
    private static String ownId(Caller caller, String customerId) {
        if (customerId != null && !customerId.equals(caller.subject())) {
            throw new RefusedException(
                    "A customer may list only their own orders; leave customerId out or give your own");
        }
        return caller.customerId();
    }
}
