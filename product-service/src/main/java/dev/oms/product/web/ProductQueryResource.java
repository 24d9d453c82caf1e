package dev.oms.product.web;

import dev.oms.product.command.ProductNotFoundException;
import dev.oms.product.query.Cursor;
import dev.oms.product.query.ProductCache;
import dev.oms.product.query.ProductListQuery;
import dev.oms.product.query.ProductPage;
import dev.oms.product.query.ProductSort;
import dev.oms.product.query.ProductView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * The catalogue's read API, served from the cache in front of the read model. Query parameters arrive as text and are
 * checked by Bean Validation, so a wrong type is a 400 naming the parameter (not the 404 JAX-RS gives a query
 * parameter it cannot convert). Public: no token needed.
 */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products: queries")
@PermitAll
public class ProductQueryResource {

    private static final String DECIMAL = "\\d{1,15}(\\.\\d{1,4})?";
    private static final String DECIMAL_MESSAGE = "must be a non-negative decimal with at most 4 decimal places";

    /** What Jackson's writer declares: the cached bytes go out under the same header. */
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final ProductCache products;

    public ProductQueryResource(ProductCache products) {
        this.products = products;
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Read a product",
            description = "Public: no token needed. Revalidate a copy with If-None-Match: 304 (no body) while the"
                    + " product, stock included, is unchanged.")
    @APIResponse(
            responseCode = "200",
            description = "The product. ETag is \"<details version>.<aggregate version>\", e.g. \"3.17\": the"
                    + " aggregate version counts every change, stock included, so the tag changes whenever this"
                    + " body does; an edit's If-Match compares only the details version (the first part, the body's"
                    + " version), which stock movements do not change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductView.class)))
    @APIResponse(
            responseCode = "304",
            description = "If-None-Match named the current ETag (weak comparison, a list, or *): the copy the client"
                    + " holds, stock included, is current. No body",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such product")
    public Uni<RestResponse<byte[]>> byId(
            @PathParam("id") UUID id,
            @Parameter(description = "ETags of copies the client holds, e.g. \"3.17\"; * for any")
                    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
                    List<String> ifNoneMatch) {
        return products.byId(id)
                .map(found -> found.map(product -> {
                            var tag = ProductETag.of(product);
                            if (IfNoneMatch.matches(ifNoneMatch, tag)) {
                                return ResponseBuilder.<byte[]>notModified(tag).build();
                            }
                            // the bytes serialised when the entry was cached: no Jackson on this path
                            return ResponseBuilder.ok(product.json(), JSON)
                                    .tag(tag)
                                    .build();
                        })
                        .orElseThrow(() -> new ProductNotFoundException(id)));
    }

    @GET
    @Operation(
            summary = "List products",
            description = "Filtered, sorted, one page at a time (keyset pagination):"
                    + " pass a page's nextCursor as cursor to read the next; nextCursor is null on the last page. Public: no"
                    + " token needed.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is invalid, or the cursor is garbled or was made for another sort")
    public Uni<RestResponse<byte[]>> list(
            @Parameter(description = "Exact category") @QueryParam("category") @Size(max = 100) String category,
            @Parameter(description = "Case-insensitive prefix of the name or the SKU") @QueryParam("q") @Size(max = 200)
                    String q,
            @Parameter(description = "Lowest price, inclusive")
                    @QueryParam("minPrice")
                    @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE)
                    String minPrice,
            @Parameter(description = "Highest price, inclusive")
                    @QueryParam("maxPrice")
                    @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE)
                    String maxPrice,
            @Parameter(description = "true: only products with stock; false: only those without")
                    @QueryParam("inStock")
                    @Pattern(regexp = "true|false", message = "must be true or false")
                    String inStock,
            @Parameter(description = "name (default), price or updatedAt; ties are broken by id")
                    @QueryParam("sort")
                    @DefaultValue("name")
                    @Pattern(regexp = "name|price|updatedAt", message = "must be name, price or updatedAt")
                    String sort,
            @Parameter(description = "asc (default) or desc")
                    @QueryParam("direction")
                    @DefaultValue("asc")
                    @Pattern(regexp = "asc|desc", message = "must be asc or desc")
                    String direction,
            @Parameter(description = "Page size, 1 to 100 (default 20)")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Pattern(regexp = "[1-9]|[1-9][0-9]|100", message = "must be a whole number from 1 to 100")
                    String size,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") @Size(max = 2000)
                    String cursor) {
        var min = minPrice == null ? null : new BigDecimal(minPrice);
        var max = maxPrice == null ? null : new BigDecimal(maxPrice);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidRequestException("minPrice", "must not be greater than maxPrice");
        }
        var sortBy = ProductSort.ofApiName(sort).orElseThrow();
        var order = ProductSort.Direction.valueOf(direction.toUpperCase(Locale.ROOT));
        var after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor, sortBy, order);
        return products.list(new ProductListQuery(
                        blankToNull(category),
                        q,
                        min,
                        max,
                        inStock == null ? null : Boolean.valueOf(inStock),
                        sortBy,
                        order,
                        Integer.parseInt(size),
                        after))
                .map(page -> ResponseBuilder.ok(page, JSON).build());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
