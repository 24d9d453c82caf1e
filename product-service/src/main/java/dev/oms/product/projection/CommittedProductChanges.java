package dev.oms.product.projection;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.UUID;

/**
 * Told by the command handlers, right after their transaction committed, which products changed; lets this instance's
 * caches drop what they hold at once, so a client reads its own write without waiting for the event.
 */
public interface CommittedProductChanges {

    Uni<Void> committed(Collection<UUID> productIds);
}
