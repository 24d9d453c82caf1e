package dev.oms.console.signin;

import dev.oms.console.ConsoleSettings;
import dev.oms.console.web.Problems;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Signs a person in without an identity provider: a token for the name and roles they pick, as the identity provider
 * would issue it (issuer, audience, {@code sub}/{@code upn}, roles in {@code groups}). It exists only where {@code
 * oms.console.sign-in.enabled} is true (the dev, test and e2e profiles; compose, on a key of the user's own); elsewhere
 * it answers 404 as any unknown path does.
 */
@Path("/console")
@Produces(MediaType.APPLICATION_JSON)
public class DevelopmentSignIn {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final ConsoleSettings.SignIn settings;
    private final SigningKey key;
    private final Clock clock;

    public DevelopmentSignIn(ConsoleSettings settings, SigningKey key) {
        this.settings = settings.signIn();
        this.key = key;
        this.clock = Clock.systemUTC();
    }

    public record SignInRequest(String subject, List<String> roles) {}

    public record SignedIn(String token, String subject, List<String> roles, Instant expiresAt) {}

    @POST
    @Path("dev-sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(SignInRequest request) {
        if (!settings.enabled()) {
            return problem(Response.Status.NOT_FOUND, "Not found", "There is no development sign-in here.");
        }
        if (request == null
                || request.subject() == null
                || !SUBJECT.matcher(request.subject()).matches()) {
            return problem(
                    Response.Status.BAD_REQUEST,
                    "Invalid sign-in",
                    "A name is 1 to 64 letters, digits or . _ @ - characters.");
        }
        var roles = new LinkedHashSet<String>();
        var unknown = new ArrayList<String>();
        for (var role : request.roles() == null ? List.<String>of() : request.roles()) {
            Role.named(role).ifPresentOrElse(known -> roles.add(known.claim()), () -> unknown.add(role));
        }
        if (!unknown.isEmpty() || roles.isEmpty()) {
            return problem(
                    Response.Status.BAD_REQUEST,
                    "Invalid sign-in",
                    "Pick at least one role among customer, fulfilment, catalog-admin and operator"
                            + (unknown.isEmpty() ? "." : "; unknown: " + String.join(", ", unknown) + "."));
        }
        var now = clock.instant();
        var expiresAt = now.plus(settings.tokenLifespan());
        var token = Jwt.issuer(settings.issuer())
                .audience(settings.audience())
                .subject(request.subject())
                .upn(request.subject())
                .groups(roles)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign(key.key());
        return Response.ok(new SignedIn(token, request.subject(), List.copyOf(roles), expiresAt))
                .build();
    }

    private static Response problem(Response.Status status, String title, String detail) {
        return Response.status(status)
                .type(Problems.MEDIA_TYPE)
                .entity(Problems.of(status.getStatusCode(), title, detail).encode())
                .build();
    }
}
