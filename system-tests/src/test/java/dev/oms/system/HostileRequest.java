package dev.oms.system;

import java.util.Map;

/**
 * One malformed or hostile request of the bad-input table: where it goes, as whom, with what. {@code token} is a
 * bearer token or null; {@code contentType} null sends none.
 */
record HostileRequest(
        String what,
        String method,
        Service service,
        String path,
        String token,
        String contentType,
        String body,
        Map<String, String> headers) {

    enum Service {
        PRODUCTS,
        ORDERS
    }

    static HostileRequest json(String what, String method, Service service, String path, String token, String body) {
        return new HostileRequest(what, method, service, path, token, "application/json", body, Map.of());
    }

    static HostileRequest get(String what, Service service, String path, String token) {
        return new HostileRequest(what, "GET", service, path, token, null, null, Map.of());
    }

    HostileRequest with(String header, String value) {
        var all = new java.util.HashMap<>(headers);
        all.put(header, value);
        return new HostileRequest(what, method, service, path, token, contentType, body, Map.copyOf(all));
    }

    Shop.Answer send() {
        var base = service == Service.PRODUCTS ? SystemUnderTest.productUrl() : SystemUnderTest.orderUrl();
        var all = new java.util.HashMap<>(headers);
        if (contentType != null && body != null) {
            all.put("Content-Type", contentType);
        }
        return Shop.sendRaw(method, base + path, token, body, all);
    }

    @Override
    public String toString() {
        return what;
    }
}
