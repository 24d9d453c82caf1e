package dev.oms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyHistogramsTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    LatencyHistogramsTest() {
        LatencySettings settings = () -> List.of(Duration.ofMillis(250), Duration.ofMillis(50), Duration.ofSeconds(1));
        metrics.config().meterFilter(new LatencyHistograms(settings));
    }

    @Test
    void requestsAreCountedIntoTheBucketsOfTheObjectives() {
        var requests =
                Timer.builder("http.server.requests").tag("uri", "/api/orders").register(metrics);
        requests.record(Duration.ofMillis(30));
        requests.record(Duration.ofMillis(120));
        requests.record(Duration.ofMillis(2_000));

        assertThat(buckets(requests)).containsExactly("0.05s<=1", "0.25s<=2", "1.0s<=2");
    }

    @Test
    void theServicesOwnTimersHaveTheBucketsAndOtherTimersDoNot() {
        var answers = Timer.builder("oms.order.placement.to.final").register(metrics);
        var other = Timer.builder("jvm.gc.pause").register(metrics);
        answers.record(Duration.ofMillis(40));
        other.record(Duration.ofMillis(40));

        assertThat(buckets(answers)).hasSize(3);
        assertThat(buckets(other)).isEmpty();
    }

    private static List<String> buckets(Timer timer) {
        return Arrays.stream(timer.takeSnapshot().histogramCounts())
                .map(LatencyHistogramsTest::describe)
                .toList();
    }

    private static String describe(CountAtBucket bucket) {
        return bucket.bucket(TimeUnit.SECONDS) + "s<=" + (long) bucket.count();
    }
}
