package dev.oms.console.signin.oidc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code application/x-www-form-urlencoded}, as the authorization request's query and the token request's body use it. */
final class FormEncoding {

    private FormEncoding() {}

    /** The parameters in their map's order, each value encoded. */
    static String of(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
