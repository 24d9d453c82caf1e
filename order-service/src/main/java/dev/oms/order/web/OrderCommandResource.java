package dev.oms.order.web;

import dev.oms.order.command.ChangeOrderStatus;
import dev.oms.order.command.ChangeOrderStatusHandler;
import dev.oms.order.command.OrderAccepted;
import dev.oms.order.command.OrderStatusChangedResult;
import dev.oms.order.command.PlaceOrderHandler;
import dev.oms.platform.web.BearerScheme;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** The orders write API: translates HTTP into commands, on behalf of the caller the token names. */
@Path("/api/orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = BearerScheme.NAME)
public class OrderCommandResource {

    /** Set on the answer to a retried POST whose Idempotency-Key had already placed the order. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final PlaceOrderHandler placeOrder;
    private final ChangeOrderStatusHandler changeStatus;

    public OrderCommandResource(PlaceOrderHandler placeOrder, ChangeOrderStatusHandler changeStatus) {
        this.placeOrder = placeOrder;
        this.changeStatus = changeStatus;
    }

    /**
     * Accepted, not created: the order is PENDING until product-service has reserved its stock. A retry with the same
     * Idempotency-Key answers the same order, again 202, with {@value #REPLAYED_HEADER}: true.
     */
    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Place an order",
            description =
                    "Role: customer. The order is the caller's: its customerId "
                            + "is the token's subject (a body customerId naming anyone else is 403). The order is PENDING until "
                            + "product-service answers; prices come from the catalogue. Send an Idempotency-Key to make retries safe. "
                            + "An order is in one currency (one payment, no exchange rates): lines whose seenPrice name two "
                            + "currencies are refused (422 mixed-currencies); products priced in two currencies make the order "
                            + "REJECTED with MIXED_CURRENCIES. A line's seenPrice bounds what it is charged: a higher catalogue "
                            + "price, or another currency, makes the order REJECTED with PRICE_CHANGED; a lower one is charged.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted (or replayed for a known Idempotency-Key)",
            headers = {
                @Header(name = "Location", description = "The order's URL"),
                @Header(name = REPLAYED_HEADER, description = "true when an earlier request placed this order")
            },
            content = @Content(schema = @Schema(implementation = OrderAccepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or header, naming the fields")
    @APIResponse(
            responseCode = "403",
            description = "The token lacks the customer role, or the body's customerId " + "names another customer")
    @APIResponse(
            responseCode = "422",
            description = "Idempotency key reused: the Idempotency-Key was used before with a different request; or "
                    + "Mixed currencies: the lines' seen prices are in more than one currency")
    public Uni<RestResponse<OrderAccepted>> place(
            @Valid @NotNull PlaceOrderRequest request,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "Idempotency-Key",
                            description = "1 to 255 visible ASCII characters, unique per customer and request")
                    @HeaderParam("Idempotency-Key")
                    @Size(min = 1, max = 255)
                    @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be visible ASCII characters")
                    String idempotencyKey,
            @Context UriInfo uri,
            @Context SecurityContext security) {
        var customerId = Caller.of(security).customerId();
        if (request.customerId() != null && !request.customerId().equals(customerId)) {
            throw new RefusedException("customerId names another customer; an order is always placed for the caller");
        }
        return placeOrder.handle(request.toCommand(customerId, idempotencyKey)).map(placement -> {
            var response = ResponseBuilder.accepted(placement.order())
                    .location(uri.getAbsolutePathBuilder()
                            .path(placement.order().id().toString())
                            .build());
            if (placement.replayed()) {
                response.header(REPLAYED_HEADER, "true");
            }
            return response.build();
        });
    }

    @PATCH
    @Path("/{id}/status")
    @RolesAllowed({Roles.FULFILMENT, Roles.CUSTOMER})
    @Operation(
            summary = "Change an order's status",
            description = "Roles: fulfilment, any order: SHIPPED, DELIVERED "
                    + "or CANCELLED, as the order's state machine allows: CONFIRMED -> SHIPPED -> DELIVERED, "
                    + "PENDING | CONFIRMED -> CANCELLED. customer, their own orders only: CANCELLED, while PENDING or "
                    + "CONFIRMED.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(
            responseCode = "400",
            description = "Invalid body, or a status a client may not ask for " + "(PENDING, CONFIRMED, REJECTED)")
    @APIResponse(
            responseCode = "403",
            description = "No customer or fulfilment role; or a customer asked for "
                    + "another status than CANCELLED, or to cancel an order no longer PENDING or CONFIRMED")
    @APIResponse(responseCode = "404", description = "No such order (or, for a customer, not theirs)")
    @APIResponse(
            responseCode = "409",
            description = "Not allowed from the current status (see currentStatus), or " + "another change won a race")
    public Uni<OrderStatusChangedResult> changeStatus(
            @PathParam("id") String id,
            @Valid @NotNull ChangeStatusRequest request,
            @Context SecurityContext security) {
        var caller = Caller.of(security);
        var orderId = OrderIds.parse(id);
        return changeStatus.handle(
                caller.staff()
                        ? new ChangeOrderStatus(orderId, request.status(), request.reason())
                        : ChangeOrderStatus.byCustomer(caller.subject(), orderId, request.status(), request.reason()));
    }
}
