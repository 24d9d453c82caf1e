package dev.oms.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one simulation the way scripts/benchmark.sh does: Gatling in a JVM of its own
 * ({@code java -cp <test classes and Gatling> io.gatling.app.Gatling -s <class>}), with the settings as system
 * properties. Answers Gatling's exit code: 0 when the run completed and its assertions held, 2 when an assertion
 * failed, anything else when it could not run.
 */
final class GatlingRun {

    private GatlingRun() {}

    static int run(String simulation, Map<String, String> properties, Path resultsFolder, Path log, long timeoutSeconds)
            throws IOException, InterruptedException {
        var classPath = System.getProperty("bench.test-classes")
                + File.pathSeparator
                + Files.readString(Path.of(System.getProperty("bench.gatling-classpath")))
                        .strip();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // what gatling-maven-plugin gives Gatling's JVM: it reaches into java.lang, and inlines deeper
        command.addAll(List.of(
                "-Xmx512m",
                "-XX:MaxInlineLevel=20",
                "-XX:MaxTrivialSize=12",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of(
                "-cp",
                classPath,
                "io.gatling.app.Gatling",
                "-s",
                "dev.oms.bench." + simulation,
                "-rf",
                resultsFolder.toAbsolutePath().toString(),
                "-nr"));
        Files.createDirectories(log.getParent());
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException(simulation + " did not finish in " + timeoutSeconds + "s; see " + log);
        }
        return process.exitValue();
    }
}
