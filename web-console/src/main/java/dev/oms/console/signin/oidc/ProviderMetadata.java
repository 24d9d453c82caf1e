package dev.oms.console.signin.oidc;

import io.vertx.core.json.JsonObject;
import java.net.URI;

/** What the console needs of the provider's discovery document (OpenID Connect Discovery 1.0). */
record ProviderMetadata(URI issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {

    /** Read from the document, which must name the issuer the console was told to trust, and no other. */
    static ProviderMetadata from(JsonObject document, URI expectedIssuer) {
        var issuer = uri(document, "issuer");
        if (!withoutTrailingSlash(issuer).equals(withoutTrailingSlash(expectedIssuer))) {
            throw new IllegalStateException(
                    "the discovery document names issuer " + issuer + ", not " + expectedIssuer);
        }
        var methods = document.getJsonArray("code_challenge_methods_supported");
        if (methods != null && !methods.contains("S256")) {
            throw new IllegalStateException("the provider does not take PKCE's S256 challenge");
        }
        return new ProviderMetadata(
                issuer,
                uri(document, "authorization_endpoint"),
                uri(document, "token_endpoint"),
                uri(document, "jwks_uri"));
    }

    private static URI uri(JsonObject document, String field) {
        var value = document.getString(field);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the discovery document has no " + field);
        }
        return URI.create(value);
    }

    private static String withoutTrailingSlash(URI uri) {
        var text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
