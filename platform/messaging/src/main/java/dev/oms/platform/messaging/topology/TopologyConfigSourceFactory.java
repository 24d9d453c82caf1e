package dev.oms.platform.messaging.topology;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives the service its messaging topology ({@link TopologySettings}) as configuration, by its
 * {@code quarkus.application.name}. The ordinal is below application.properties (250), so a service can still
 * override a setting, and below the environment.
 */
public class TopologyConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        var service = context.getValue("quarkus.application.name").getValue();
        if (service == null) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(TopologySettings.of(service), "oms messaging topology", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
