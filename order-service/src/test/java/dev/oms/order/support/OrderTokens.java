package dev.oms.order.support;

import static io.restassured.RestAssured.given;

import dev.oms.platform.testing.DevTokens;
import io.restassured.specification.RequestSpecification;

/** The order API's callers, with tokens from the development key the test profile trusts. */
public final class OrderTokens {

    public static final String CUSTOMER = "customer";
    public static final String FULFILMENT = "fulfilment";
    public static final DevTokens DEV = DevTokens.fromClasspath();

    private OrderTokens() {}

    /** A request by this customer (the token's subject is the customer id). */
    public static RequestSpecification asCustomer(String customerId) {
        return given().auth().oauth2(customer(customerId));
    }

    /** A request by fulfilment staff, who see every order. */
    public static RequestSpecification asFulfilment() {
        return given().auth().oauth2(fulfilment());
    }

    public static String customer(String customerId) {
        return DEV.token(customerId, CUSTOMER);
    }

    public static String fulfilment() {
        return DEV.token("picker-1", FULFILMENT);
    }
}
