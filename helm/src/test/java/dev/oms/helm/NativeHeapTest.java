package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A native image has no run-java.sh to read JAVA_MAX_MEM_RATIO, and on its own takes most of the container's memory
 * for its heap: the chart gives it -Xmx at maxHeapPercent of the memory limit instead.
 */
class NativeHeapTest {

    @TempDir
    Path work;

    @Test
    void aNativeImageIsGivenItsHeapAsXmxFromTheMemoryLimit() {
        var manifests = OmsChart.render("""
                productService:
                  image: {kind: native}
                  maxHeapPercent: 40
                  resources: {limits: {memory: 768Mi}}
                orderService:
                  image: {kind: native}
                  maxHeapPercent: 60
                  resources: {limits: {memory: 1Gi}}
                """, work);

        assertThat(manifests.container("oms-product-service").list("args")).containsExactly("-Xmx307m");
        assertThat(manifests.container("oms-order-service").list("args")).containsExactly("-Xmx614m");
        assertThat(manifests.get("ConfigMap", "oms-product-service").map("data"))
                .doesNotContainKey("JAVA_MAX_MEM_RATIO");
    }

    @Test
    void aJvmImageKeepsItsRatioAndGetsNoArguments() {
        var manifests = OmsChart.render();

        assertThat(manifests.container("oms-product-service").has("args")).isFalse();
        assertThat(manifests.get("ConfigMap", "oms-product-service").map("data"))
                .containsEntry("JAVA_MAX_MEM_RATIO", "40");
    }

    @Test
    void aNativeImageWithoutAMemoryLimitOrWithAnUnreadableOneIsRefused() {
        assertThatThrownBy(() -> OmsChart.render("""
                        productService:
                          image: {kind: native}
                          resources: {limits: {memory: null}}
                        """, work))
                .hasMessageContaining("productService.resources.limits.memory is required for a native image");
        assertThatThrownBy(() -> OmsChart.render("""
                        productService:
                          image: {kind: native}
                          resources: {limits: {memory: 1.5Gi}}
                        """, work)).hasMessageContaining("give it in Ki, Mi, Gi");
    }
}
