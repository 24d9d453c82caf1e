package dev.oms.order.command;

import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import org.hibernate.StaleStateException;

/** Recognises database failures the command side answers in its own words. */
final class Failures {

    private Failures() {}

    /** An update found the row's version already moved on: another transaction won. */
    static boolean isOptimisticLock(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** An insert broke the named unique constraint (both PostgreSQL and SQL Server name it in the message). */
    static boolean violates(Throwable failure, String constraint) {
        var name = constraint.toLowerCase(Locale.ROOT);
        for (var t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
