package dev.oms.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The coverage floor of the platform modules, over the aggregated report: their own tests and the services' suites,
 * which run the platform's classes inside Quarkus. A module's own build cannot check this (the services build after
 * it).
 */
class PlatformCoverageTest {

    private static final Path REPORT = Path.of("target/site/jacoco-aggregate/jacoco.csv");

    @Test
    void everyPlatformModuleCoversAtLeastTheFloorOfItsLines() throws IOException {
        var floor = Double.parseDouble(System.getProperty("coverage.lines.minimum", "0.80"));
        var lines = linesByModule();

        assertThat(lines.keySet())
                .contains(
                        "platform-domain",
                        "platform-keys",
                        "platform-runtime",
                        "platform-messaging",
                        "platform-web",
                        "platform-sqlserver",
                        "platform-testing");
        lines.forEach((module, missedAndCovered) -> {
            if (module.startsWith("platform-")) {
                double covered = missedAndCovered[1];
                double ratio = covered / (missedAndCovered[0] + missedAndCovered[1]);
                System.out.printf(
                        "%s: %.1f%% of %d lines%n", module, 100 * ratio, missedAndCovered[0] + missedAndCovered[1]);
                assertThat(ratio).as(module + " line coverage").isGreaterThanOrEqualTo(floor);
            }
        });
    }

    /** GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,LINE_MISSED,LINE_COVERED,... */
    private static Map<String, int[]> linesByModule() throws IOException {
        var byModule = new TreeMap<String, int[]>();
        var rows = Files.readAllLines(REPORT);
        var header = rows.get(0).split(",");
        int missed = indexOf(header, "LINE_MISSED");
        int covered = indexOf(header, "LINE_COVERED");
        for (var row : rows.subList(1, rows.size())) {
            var cells = row.split(",");
            // GROUP is "<report title>/<artifactId>"
            var module = cells[0].substring(cells[0].lastIndexOf('/') + 1);
            var sums = byModule.computeIfAbsent(module, name -> new int[2]);
            sums[0] += Integer.parseInt(cells[missed]);
            sums[1] += Integer.parseInt(cells[covered]);
        }
        return byModule;
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + column + " in " + REPORT);
    }
}
