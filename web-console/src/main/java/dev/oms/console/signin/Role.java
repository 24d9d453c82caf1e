package dev.oms.console.signin;

import java.util.Arrays;
import java.util.Optional;

/** The roles the services know (docs/security.md), as a token's {@code groups} name them. */
public enum Role {
    CUSTOMER("customer"),
    FULFILMENT("fulfilment"),
    CATALOG_ADMIN("catalog-admin"),
    OPERATOR("operator");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> named(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
