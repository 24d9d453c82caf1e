package dev.oms.bench;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** HTTP settings shared by the simulations. */
final class Protocols {

    private Protocols() {}

    /**
     * For open-model load (arrivals at a rate): the virtual users share a pool of keep-alive connections, as the
     * clients of a service behind a gateway would; a connection per arrival would measure TCP set-up instead.
     */
    static HttpProtocolBuilder open(String baseUrl) {
        return closed(baseUrl).shareConnections();
    }

    /**
     * For closed-model load (N users, each looping): one keep-alive connection per user. Gatling's warm-up request
     * (to a host of its own) and its HTTP cache (ETag revalidation) are off: the load goes only to the system.
     */
    static HttpProtocolBuilder closed(String baseUrl) {
        return http.baseUrl(baseUrl)
                .acceptHeader("application/json")
                .disableWarmUp()
                .disableCaching();
    }
}
