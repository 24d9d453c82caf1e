package dev.oms.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.order.command.PendingOrders;
import dev.oms.order.persistence.IdempotencySettings;
import dev.oms.platform.testing.SettingsDoc;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists exactly order-service's own settings, with the defaults the code has. */
class ConfigurationDocTest {

    @Test
    void everySettingOfTheServiceIsDocumentedWithItsDefault() {
        var declared = SettingsDoc.declaredBy(PendingOrders.class, IdempotencySettings.class);
        var documented = SettingsDoc.documentedIn(Path.of("../docs/configuration.md"), "order-service");

        assertThat(declared).doesNotContainValue("");
        assertThat(documented).containsExactlyInAnyOrderEntriesOf(declared);
    }
}
