package dev.oms.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Dockerfile against the rules of {@link DockerfileLint}, and the rules against a Dockerfile that breaks each. */
class DockerfileLintTest {

    @TempDir
    Path work;

    static Stream<Arguments> dockerfiles() {
        return Repository.IMAGES.stream()
                .flatMap(service -> Stream.of("jvm", "native").map(kind -> Arguments.of(service, kind)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dockerfiles")
    void theDockerfileKeepsEveryRule(String service, String kind) throws IOException {
        Dockerfile dockerfile =
                Dockerfile.read(Repository.ROOT.resolve(service + "/src/main/docker/Dockerfile." + kind));

        assertThat(DockerfileLint.violations(dockerfile, httpPort(service))).isEmpty();
    }

    @Test
    void aDockerfileBreakingEveryRuleIsToldEachOne() throws IOException {
        Path file = Files.writeString(work.resolve("Dockerfile"), """
                FROM maven AS build
                ARG DB_PASSWORD=secret
                ADD https://example.com/tool.tar.gz /opt/
                RUN mvn package

                FROM registry.example.com:5000/runtime:latest
                COPY --from=build /src/app /app
                EXPOSE 9000
                ENTRYPOINT java -jar /app/app.jar
                """);

        assertThat(DockerfileLint.violations(Dockerfile.read(file), 8081))
                .containsExactlyInAnyOrder(
                        "pinned-base: maven",
                        "pinned-base: registry.example.com:5000/runtime:latest",
                        "no-secret: DB_PASSWORD",
                        "copy-not-add: line 3",
                        "exec-entrypoint: line 9",
                        "non-root: the final stage runs as root",
                        "healthcheck: none, and no '# No HEALTHCHECK: <reason>'",
                        "exposed-port: 8081 is not EXPOSEd");
    }

    @Test
    void aRegistryPortIsNoTagAndAStageIsNoImage() throws IOException {
        Path file = Files.writeString(work.resolve("Dockerfile"), """
                FROM registry.example.com:5000/base@sha256:0123 AS build
                FROM build
                USER 1001
                HEALTHCHECK CMD ["/app/check"]
                EXPOSE 8081
                """);

        assertThat(DockerfileLint.violations(Dockerfile.read(file), 8081)).isEmpty();
    }

    private static int httpPort(String service) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(
                Repository.read(Repository.ROOT.resolve(service + "/src/main/resources/application.properties"))));
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }
}
