package dev.oms.platform.messaging;

import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import org.hibernate.StaleStateException;

/** Recognises the database failures a command answers in its own words, whatever wraps them. */
public final class PersistenceFailures {

    private PersistenceFailures() {}

    /** An update found the row's version already moved on: another transaction won the race. */
    public static boolean isLostRace(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** An insert broke the named unique constraint (PostgreSQL and SQL Server both name it in the message). */
    public static boolean violates(Throwable failure, String constraint) {
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
