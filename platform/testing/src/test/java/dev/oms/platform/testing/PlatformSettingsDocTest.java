package dev.oms.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.messaging.Housekeeping;
import dev.oms.platform.messaging.MetricsRefresh;
import dev.oms.platform.messaging.inbox.ConsumerSettings;
import dev.oms.platform.messaging.inbox.InboxSettings;
import dev.oms.platform.messaging.outbox.OutboxSettings;
import dev.oms.platform.messaging.topology.FedQueuesSettings;
import dev.oms.platform.runtime.SecuritySettings;
import dev.oms.platform.runtime.TracingSettings;
import dev.oms.platform.web.CommandSettings;
import dev.oms.platform.web.LatencySettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists exactly the platform's settings, with the defaults the code has. */
class PlatformSettingsDocTest {

    static final Path PAGE = Path.of("../../docs/configuration.md");

    @Test
    void everyPlatformSettingIsDocumentedWithItsDefault() {
        var declared = SettingsDoc.declaredBy(
                OutboxSettings.class,
                InboxSettings.class,
                ConsumerSettings.class,
                FedQueuesSettings.class,
                CommandSettings.class,
                Housekeeping.class,
                MetricsRefresh.class,
                LatencySettings.class,
                TracingSettings.class,
                SecuritySettings.class);
        var documented = SettingsDoc.documentedIn(PAGE, "Every service");

        assertThat(declared).doesNotContainValue("");
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(declared.keySet());
        declared.forEach(
                (name, value) -> assertThat(documented.get(name)).as(name).isEqualTo(value));
    }
}
