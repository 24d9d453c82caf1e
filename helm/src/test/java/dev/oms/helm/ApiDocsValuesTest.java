package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /q/openapi and Swagger UI are off in an install unless {@code apiDocs.enabled} turns them on (both services). */
class ApiDocsValuesTest {

    @TempDir
    Path work;

    @Test
    void theApiMapIsOffByDefault() {
        var manifests = OmsChart.render();

        for (var service : new String[] {"oms-product-service", "oms-order-service"}) {
            assertThat(manifests.get("ConfigMap", service).map("data"))
                    .as(service)
                    .containsEntry("OMS_API_DOCS_ENABLED", "false");
        }
    }

    @Test
    void theValueTurnsItOnForBothServices() {
        var manifests = OmsChart.render("""
                apiDocs:
                  enabled: true
                """, work);

        for (var service : new String[] {"oms-product-service", "oms-order-service"}) {
            assertThat(manifests.get("ConfigMap", service).map("data"))
                    .as(service)
                    .containsEntry("OMS_API_DOCS_ENABLED", "true");
        }
    }
}
