package dev.oms.product.web;

/** The roles this API knows, as the token's {@code groups} claim carries them. Reads of the catalogue are public. */
public final class Roles {

    /** Changes the catalogue: adds and updates products, restocks and writes off stock. */
    public static final String CATALOG_ADMIN = "catalog-admin";

    private Roles() {}
}
