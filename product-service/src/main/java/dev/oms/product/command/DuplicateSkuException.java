package dev.oms.product.command;

/** Another product already has this SKU. */
public class DuplicateSkuException extends RuntimeException {

    private final String sku;

    public DuplicateSkuException(String sku) {
        super("A product with SKU '" + sku + "' already exists");
        this.sku = sku;
    }

    public String sku() {
        return sku;
    }
}
