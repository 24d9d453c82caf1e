package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BeforeCommitTest {

    private static final Vertx VERTX = Vertx.vertx();

    private final List<String> done = new CopyOnWriteArrayList<>();

    @AfterAll
    static void close() {
        VERTX.close();
    }

    @Test
    void workAskedForUnderOneKeyRunsOnceAfterTheUnitsWorkInTheOrderAsked() {
        var result = onAContext(() -> BeforeCommit.around(() -> {
            BeforeCommit.register("stock", () -> record("stock written"));
            BeforeCommit.register("view", () -> record("view written"));
            BeforeCommit.register("stock", () -> record("stock written again"));
            return record("handled").replaceWith("committed");
        }));

        assertThat(result).isEqualTo("committed");
        assertThat(done).containsExactly("handled", "stock written", "view written");
    }

    @Test
    void workAskedForWhileTheRegisteredWorkRunsRunsToo() {
        onAContext(() -> BeforeCommit.around(() -> {
            BeforeCommit.register("first", () -> {
                BeforeCommit.register("second", () -> record("second"));
                return record("first");
            });
            return Uni.createFrom().item("committed");
        }));

        assertThat(done).containsExactly("first", "second");
    }

    @Test
    void aUnitThatFailsRunsNothingItAskedForAndTheNextStartsEmpty() {
        var context = VertxContext.createNewDuplicatedContext(VERTX.getOrCreateContext());
        assertThatThrownBy(() -> onThe(
                        context,
                        () -> BeforeCommit.around(() -> {
                            BeforeCommit.register("stock", () -> record("stock written"));
                            return Uni.createFrom().failure(new IllegalStateException("a broken rule"));
                        })))
                .hasMessageContaining("a broken rule");

        onThe(context, () -> BeforeCommit.around(() -> record("the next unit")));

        assertThat(done).containsExactly("the next unit");
    }

    @Test
    void workAskedForOutsideAUnitOfWorkIsRefusedNotLost() {
        assertThatThrownBy(() -> onAContext(() -> {
                    BeforeCommit.register("stock", () -> record("stock written"));
                    return Uni.createFrom().voidItem();
                }))
                .hasMessageContaining("outside a unit of work");
        assertThatThrownBy(() -> BeforeCommit.register("stock", () -> record("stock written")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(done).isEmpty();
    }

    private Uni<Void> record(String what) {
        return Uni.createFrom().item(what).invoke(done::add).replaceWithVoid();
    }

    private static <T> T onAContext(Supplier<Uni<T>> work) {
        return onThe(VertxContext.createNewDuplicatedContext(VERTX.getOrCreateContext()), work);
    }

    private static <T> T onThe(io.vertx.core.Context context, Supplier<Uni<T>> work) {
        var result = new CompletableFuture<T>();
        context.runOnContext(ignored -> {
            try {
                work.get().subscribe().with(result::complete, result::completeExceptionally);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        // waited for without Mutiny: its context propagation must not be set up from two threads at once
        try {
            return result.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
