package dev.oms.product.web;

import dev.oms.platform.web.BearerScheme;
import dev.oms.product.command.AddProductHandler;
import dev.oms.product.command.AdjustStockHandler;
import dev.oms.product.command.UpdateProductDetailsHandler;
import dev.oms.product.domain.StaleVersionException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** The catalogue's write API: translates HTTP into commands. Every call needs the catalog-admin role. */
@Path("/api/products")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products: commands")
@SecurityRequirement(name = BearerScheme.NAME)
@APIResponse(responseCode = "403", description = "The token lacks the catalog-admin role")
@RolesAllowed(Roles.CATALOG_ADMIN)
public class ProductCommandResource {

    private final AddProductHandler addProduct;
    private final UpdateProductDetailsHandler updateDetails;
    private final AdjustStockHandler adjustStock;

    public ProductCommandResource(
            AddProductHandler addProduct, UpdateProductDetailsHandler updateDetails, AdjustStockHandler adjustStock) {
        this.addProduct = addProduct;
        this.updateDetails = updateDetails;
        this.adjustStock = adjustStock;
    }

    @POST
    @Operation(summary = "Add a product to the catalogue", description = "Role: catalog-admin.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location is the product",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "400", description = "Invalid or malformed body; errors name the fields")
    @APIResponse(responseCode = "409", description = "Another product has this SKU")
    public Uni<RestResponse<Created>> add(@Valid @NotNull AddProductRequest request, @Context UriInfo uri) {
        return addProduct
                .handle(request.toCommand())
                .map(id -> ResponseBuilder.<Created>created(
                                uri.getAbsolutePathBuilder().path(id.toString()).build())
                        .entity(new Created(id.toString()))
                        .build());
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Update a product's details and price",
            description = "Role: catalog-admin. Optimistic concurrency on the product's details: send the version you"
                    + " read as If-Match (its ETag) or as 'version'. The version counts changes to the details and"
                    + " price only; stock movements (sales, releases, adjustments) leave it as it is, so they never"
                    + " make an edit stale. A stale edit's problem names the version found as 'currentVersion'.")
    @APIResponse(
            responseCode = "200",
            description = "Updated; ETag is the new details version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid or malformed body or If-Match")
    @APIResponse(responseCode = "404", description = "No such product")
    @APIResponse(
            responseCode = "409",
            description = "The body's version is stale (currentVersion: the version found), or the new SKU is taken")
    @APIResponse(
            responseCode = "412",
            description = "The If-Match version is stale (currentVersion: the version found, the ETag GET returns)")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor version was sent")
    public Uni<RestResponse<Updated>> update(
            @PathParam("id") UUID id,
            @Parameter(description = "The product's ETag as GET returned it, e.g. \"3\": its details version")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull UpdateProductRequest request) {
        var fromHeader = IfMatch.version(ifMatch);
        if (fromHeader.isPresent() && request.version() != null && fromHeader.getAsLong() != request.version()) {
            throw new InvalidRequestException("version", "disagrees with If-Match; send one or the other");
        }
        if (fromHeader.isEmpty() && request.version() == null) {
            throw new PreconditionRequiredException();
        }
        long expected = fromHeader.isPresent() ? fromHeader.getAsLong() : request.version();
        return updateDetails
                .handle(request.toCommand(id, expected))
                .onFailure(StaleVersionException.class)
                .transform(e -> fromHeader.isPresent() ? new PreconditionFailedException(e) : e)
                .map(version -> ResponseBuilder.ok(new Updated(id.toString(), version))
                        .tag(new EntityTag(Long.toString(version)))
                        .build());
    }

    @POST
    @Path("/{id}/stock-adjustments")
    @Operation(
            summary = "Restock or write off stock",
            description = "Role: catalog-admin. Stock never goes below zero.")
    @APIResponse(
            responseCode = "200",
            description = "Adjusted; the stock after it. version and ETag are the details version, which an"
                    + " adjustment leaves as it is")
    @APIResponse(responseCode = "400", description = "Invalid or malformed body")
    @APIResponse(responseCode = "404", description = "No such product")
    @APIResponse(responseCode = "409", description = "The write-off exceeds the available stock")
    public Uni<RestResponse<AdjustStockHandler.StockAdjusted>> adjustStock(
            @PathParam("id") UUID id, @Valid @NotNull StockAdjustmentRequest request) {
        return adjustStock
                .handle(request.toCommand(id))
                .map(adjusted -> ResponseBuilder.ok(adjusted)
                        .tag(new EntityTag(Long.toString(adjusted.version())))
                        .build());
    }

    /** What a successful create returns; the product itself is read from its Location. */
    public record Created(String id) {}

    /** What a successful update returns. */
    public record Updated(String id, long version) {}
}
