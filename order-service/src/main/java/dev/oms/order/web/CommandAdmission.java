package dev.oms.order.web;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * The admission limit on this service's commands, one for all of them (a SmallRye Fault Tolerance bulkhead, sized by
 * {@code quarkus.fault-tolerance.global.bulkhead.*}): so many run at once, so many more wait, and any beyond are
 * refused at once with {@link org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException}, answered 503
 * before anything was done. A burst larger than the database can take is thus turned away instead of piling up in
 * memory.
 * <p>
 * A command that waited runs later, outside its HTTP request's scope: whatever it needs from the request (the
 * caller, the body) must be read before it is handed over.
 */
@ApplicationScoped
public class CommandAdmission {

    @Bulkhead
    public <T> Uni<T> admit(Supplier<Uni<T>> command) {
        return command.get();
    }
}
