package dev.oms.console.signin.oidc;

/** The provider's answer to a code exchange: the access token for the services, the ID token for the console. */
record Tokens(String accessToken, String idToken) {}
