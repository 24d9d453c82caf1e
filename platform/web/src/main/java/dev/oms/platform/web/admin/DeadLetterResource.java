package dev.oms.platform.web.admin;

import dev.oms.platform.messaging.deadletters.DeadLetters;
import dev.oms.platform.web.BearerScheme;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operator's handle on this service's dead letters and unrouted events: list them, replay them once what made them
 * fail (or the missing queue) is fixed, or discard them (runbook: docs/operations.md, "Dead letters"). Only for the {@value #OPERATOR} role.
 */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@SecurityRequirement(name = BearerScheme.NAME)
@RolesAllowed(DeadLetterResource.OPERATOR)
public class DeadLetterResource {

    /** Runs the system: may see, replay and discard dead letters. */
    public static final String OPERATOR = "operator";

    private static final int LISTED_PER_QUEUE = 20;

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(
            summary = "List the dead letters",
            description = "Role: operator. Each dead-letter queue of this service, and the queue of the events its "
                    + "exchange could not route ('<exchange>.unrouted'), with its count and its first 20 "
                    + "letters (event id, type, why and how often dead-lettered, body); nothing is taken from it.")
    public Uni<List<DeadLetters.Queue>> list() {
        return deadLetters.list(LISTED_PER_QUEUE);
    }

    @POST
    @Path("/{queue}/replay")
    @Operation(
            summary = "Replay dead letters or unrouted events",
            description = "Role: operator. All letters of the queue, or only the event named by eventId; a dead letter "
                    + "goes back to its work queue, an unrouted event to its exchange with its routing key. Each leaves "
                    + "its queue once the broker has confirmed the replay.")
    public Uni<Map<String, Integer>> replay(@PathParam("queue") String queue, @QueryParam("eventId") String eventId) {
        var letters = deadLetters
                .queueNamed(queue)
                .orElseThrow(() -> new NotFoundException("No dead-letter queue " + queue + " in this service"));
        return deadLetters.replay(letters, Optional.ofNullable(eventId)).map(n -> Map.of("replayed", n));
    }

    @DELETE
    @Path("/{queue}")
    @Operation(
            summary = "Discard dead letters",
            description = "Role: operator. All letters of the queue, or only the event named by eventId.")
    public Uni<Map<String, Integer>> discard(@PathParam("queue") String queue, @QueryParam("eventId") String eventId) {
        var letters = deadLetters
                .queueNamed(queue)
                .orElseThrow(() -> new NotFoundException("No dead-letter queue " + queue + " in this service"));
        return deadLetters.discard(letters, Optional.ofNullable(eventId)).map(n -> Map.of("discarded", n));
    }
}
