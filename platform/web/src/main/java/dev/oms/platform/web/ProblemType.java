package dev.oms.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of problem an API answers (RFC 9457 section 3.1.1): a stable {@code type} URI that clients compare to tell
 * one 409 from another, with its status and title. The URIs are names, not links ({@code urn:oms:problem:<slug>}):
 * they never change once published, whatever host serves the API; docs/api/problems.md lists every one.
 */
public record ProblemType(String slug, int status, String title) {

    public static final String PREFIX = "urn:oms:problem:";

    public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated", 401, "Unauthorized");
    public static final ProblemType INVALID_TOKEN = new ProblemType("invalid-token", 401, "Unauthorized");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", 403, "Forbidden");
    public static final ProblemType INVALID_REQUEST = new ProblemType("invalid-request", 400, "Invalid request");
    public static final ProblemType MALFORMED_BODY = new ProblemType("malformed-body", 400, "Malformed request body");
    public static final ProblemType BODY_TOO_LARGE = new ProblemType("body-too-large", 413, "Payload Too Large");
    public static final ProblemType BODY_TOO_SLOW = new ProblemType("body-too-slow", 408, "Request Timeout");
    public static final ProblemType TOO_MANY_COMMANDS =
            new ProblemType("too-many-commands", 503, "Service Unavailable");
    public static final ProblemType DEPENDENCY_UNAVAILABLE =
            new ProblemType("dependency-unavailable", 503, "Service Unavailable");
    public static final ProblemType INTERNAL = new ProblemType("internal", 500, "Internal Server Error");

    /** What the platform itself answers, in every service. */
    public static final List<ProblemType> PLATFORM = List.of(
            UNAUTHENTICATED,
            INVALID_TOKEN,
            FORBIDDEN,
            INVALID_REQUEST,
            MALFORMED_BODY,
            BODY_TOO_LARGE,
            BODY_TOO_SLOW,
            TOO_MANY_COMMANDS,
            DEPENDENCY_UNAVAILABLE,
            INTERNAL);

    public ProblemType {
        Objects.requireNonNull(title, "title");
        if (slug == null || !slug.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a problem type's slug is kebab-case: " + slug);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem's status is 4xx or 5xx: " + status);
        }
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    /** A problem of this type. */
    public ProblemDetail problem(String detail) {
        return new ProblemDetail(uri(), title, status, detail, null, List.of(), Map.of());
    }
}
