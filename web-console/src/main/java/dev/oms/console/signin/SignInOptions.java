package dev.oms.console.signin;

import dev.oms.console.ConsoleSettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the sign-in page needs to know before anyone signs in: which ways of signing in this console offers. */
@Path("/console/config")
@Produces(MediaType.APPLICATION_JSON)
public class SignInOptions {

    public record Options(boolean devSignIn, boolean oidc) {}

    private final Options options;

    public SignInOptions(ConsoleSettings settings) {
        this.options = new Options(settings.signIn().enabled(), settings.oidc().enabled());
    }

    @GET
    public Options options() {
        return options;
    }
}
