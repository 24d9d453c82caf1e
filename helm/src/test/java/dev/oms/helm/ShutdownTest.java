package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stopping pod first stops getting new requests, then gets SIGTERM, and has time to finish after it. */
class ShutdownTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource({"oms-product-service", "oms-order-service"})
    void thePodSleepsBeforeSigtermAndTheServicesWholeStopFitsInWhatIsLeft(String name) throws IOException {
        Manifests manifests = OmsChart.render();

        int sleep = manifests.container(name).integer("lifecycle.preStop.sleep.seconds");
        int grace = manifests.get("Deployment", name).integer("spec.template.spec.terminationGracePeriodSeconds");
        assertThat(sleep).isEqualTo(5);
        assertThat((long) grace - sleep)
                .isGreaterThanOrEqualTo(ServiceStop.longest().toSeconds());
    }

    @ParameterizedTest
    @CsvSource({"productService, oms-product-service", "orderService, oms-order-service"})
    void zeroSecondsMeansNoPreStopHook(String valuesKey, String name) {
        Manifests manifests = OmsChart.render(valuesKey + ": {preStopSleepSeconds: 0}", work);

        assertThat(manifests.container(name).has("lifecycle")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"productService, product-service", "orderService, order-service"})
    void aSleepAsLongAsTheGracePeriodFailsTheRender(String valuesKey, String service) {
        assertThatThrownBy(() -> OmsChart.render(
                        valuesKey + ": {preStopSleepSeconds: 30, terminationGracePeriodSeconds: 30}", work))
                .hasMessageContaining(service + ": preStopSleepSeconds (30) must be less than "
                        + "terminationGracePeriodSeconds (30)");
    }
}
