package dev.oms.product.support;

import static io.restassured.RestAssured.given;

import dev.oms.platform.testing.DevTokens;
import io.restassured.specification.RequestSpecification;

/** The catalogue's callers, with tokens from the development key the test profile trusts. */
public final class CatalogTokens {

    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final DevTokens DEV = DevTokens.fromClasspath();

    private CatalogTokens() {}

    /** A request that carries a valid catalog-admin token. */
    public static RequestSpecification asCatalogAdmin() {
        return given().auth().oauth2(catalogAdmin());
    }

    public static String catalogAdmin() {
        return DEV.token("admin", CATALOG_ADMIN);
    }
}
