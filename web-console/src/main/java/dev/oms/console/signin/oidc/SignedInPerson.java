package dev.oms.console.signin.oidc;

import java.time.Instant;
import java.util.List;

/** Who a verified access token speaks for, as the pages show it. */
public record SignedInPerson(String subject, List<String> roles, Instant expiresAt) {}
