package dev.oms.product.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes a product's JSON with the application's ObjectMapper, the one the REST layer uses, so that the bytes the cache
 * keeps are what Jackson would have written for each response.
 */
@ApplicationScoped
public class ProductJson {

    private final ObjectWriter product;
    private final ObjectWriter page;

    public ProductJson(ObjectMapper mapper) {
        this.product = mapper.writerFor(ProductView.class);
        this.page = mapper.writerFor(ProductPage.class);
    }

    CachedProduct cached(ProductSnapshot snapshot) {
        try {
            return new CachedProduct(snapshot, product.writeValueAsBytes(snapshot.view()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A product view could not be written as JSON", e);
        }
    }

    byte[] page(ProductPage products) {
        try {
            return page.writeValueAsBytes(products);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A product page could not be written as JSON", e);
        }
    }
}
