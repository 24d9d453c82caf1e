package dev.oms.migrations;

/**
 * A migration statement that neither JSqlParser nor one of the named {@link Fallback}s understands. Reading stops
 * there rather than skipping it: a skipped statement would let the two sets drift apart unseen.
 */
public final class UnreadableMigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableMigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    UnreadableMigrationException(String message) {
        super(message);
    }
}
