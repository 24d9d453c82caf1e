package dev.oms.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.testing.SettingsDoc;
import dev.oms.product.command.CatalogSettings;
import dev.oms.product.query.CacheSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists exactly product-service's own settings, with the defaults the code has. */
class ConfigurationDocTest {

    @Test
    void everySettingOfTheServiceIsDocumentedWithItsDefault() {
        var declared = SettingsDoc.declaredBy(CatalogSettings.class, CacheSettings.class);
        var documented = SettingsDoc.documentedIn(Path.of("../docs/configuration.md"), "product-service");

        assertThat(declared).doesNotContainValue("");
        assertThat(documented).containsExactlyInAnyOrderEntriesOf(declared);
    }
}
