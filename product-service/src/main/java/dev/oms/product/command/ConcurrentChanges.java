package dev.oms.product.command;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/** Recognises the failure of a flush that lost a race on the product's version column. */
final class ConcurrentChanges {

    private ConcurrentChanges() {}

    static boolean isLostRace(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
