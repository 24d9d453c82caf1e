package dev.oms.system;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests to the two services of the system under test, with or without a bearer token. */
final class Api {

    private Api() {}

    static RequestSpecification products() {
        return given().baseUri(SystemUnderTest.productUrl());
    }

    static RequestSpecification products(String token) {
        return products().auth().oauth2(token);
    }

    static RequestSpecification orders() {
        return given().baseUri(SystemUnderTest.orderUrl());
    }

    static RequestSpecification orders(String token) {
        return orders().auth().oauth2(token);
    }
}
