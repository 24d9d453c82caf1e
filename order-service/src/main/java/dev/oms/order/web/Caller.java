package dev.oms.order.web;

import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the verified token says: its subject is the customer id, and fulfilment staff see every order.
 * Read only in endpoints that require a role, where the token has already been verified.
 */
record Caller(String subject, boolean staff) {

    /** The longest customer id an order can carry (the column's width). */
    static final int MAX_CUSTOMER_ID = 64;

    static Caller of(SecurityContext security) {
        var principal = security.getUserPrincipal();
        var subject = principal instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject()
                : principal.getName();
        return new Caller(subject, security.isUserInRole(Roles.FULFILMENT));
    }

    /** The caller as a customer: their subject, which must fit where an order keeps its customer id. */
    String customerId() {
        if (subject == null || subject.isBlank() || subject.length() > MAX_CUSTOMER_ID) {
            throw new RefusedException(
                    "The token's subject cannot be a customer id (1 to " + MAX_CUSTOMER_ID + " characters)");
        }
        return subject;
    }

    /** Whether this caller may see an order of this customer. */
    boolean maySee(String customerId) {
        return staff || subject.equals(customerId);
    }
}
