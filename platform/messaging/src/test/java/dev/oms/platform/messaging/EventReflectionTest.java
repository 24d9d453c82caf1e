package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.events.EventType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every event record, and every record or enum nested in one, is registered for reflection (native images). */
class EventReflectionTest {

    @Test
    void everyEventTypeAndItsNestedTypesAreRegistered() {
        var registered = List.of(
                EventReflection.class.getAnnotation(RegisterForReflection.class).targets());
        var needed = Arrays.stream(EventType.values())
                .map(EventType::payloadClass)
                .flatMap(type -> Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredClasses())))
                .toList();
        assertThat(registered).containsAll(needed);
    }
}
