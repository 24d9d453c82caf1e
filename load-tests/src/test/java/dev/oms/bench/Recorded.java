package dev.oms.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * A request whose outcome also goes to the harness's {@link LatencyLog}: its response time as Gatling measured it,
 * and whether it failed (a failed check, a connection error or a time-out). The virtual user is then marked as
 * succeeded again, so that one failure does not count against its next request.
 */
final class Recorded {

    private static final String RESPONSE_TIME = "bench.responseTime";

    private Recorded() {}

    static ChainBuilder request(HttpRequestActionBuilder request, LatencyLog log, String series) {
        return exec(request.check(responseTimeInMillis().saveAs(RESPONSE_TIME))).exec(session -> {
            long end = System.currentTimeMillis();
            boolean timed = session.contains(RESPONSE_TIME);
            int latency = timed ? session.getInt(RESPONSE_TIME) : 0;
            log.record(series, new Sample(end - latency, latency, timed && !session.isFailed()));
            return session.remove(RESPONSE_TIME).markAsSucceeded();
        });
    }
}
