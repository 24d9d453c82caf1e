package dev.oms.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each image's build stage, rehearsed from the build context that .dockerignore leaves (see {@link ImageBuild}): the
 * reactor resolves, the service and every module it needs are built, and each of those modules' src/main is there.
 * Issue 19: with helm/ left out, every image build stopped at "Child module .../helm does not exist".
 */
class ImageBuildRehearsalTest {

    @TempDir
    Path work;

    static Stream<Arguments> dockerfiles() {
        return Repository.IMAGES.stream()
                .flatMap(service -> Stream.of("jvm", "native").map(kind -> Arguments.of(service, kind)));
    }

    private static Dockerfile dockerfile(String service, String kind) {
        return Dockerfile.read(Repository.ROOT.resolve(service + "/src/main/docker/Dockerfile." + kind));
    }

    private static String dockerignore() {
        return Repository.read(Repository.ROOT.resolve(".dockerignore"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dockerfiles")
    void theBuildStageFindsEverythingItBuildsInTheFilteredContext(String service, String kind) {
        ImageBuild.Result result =
                ImageBuild.rehearse(dockerfile(service, kind), DockerIgnore.parse(dockerignore()), work);

        assertThat(result.exitCode())
                .as("%s\n%s", result.command(), result.tail())
                .isZero();
        assertThat(result.modules()).as("the modules Maven built").contains("", service);
        if (Repository.SERVICES.contains(service)) {
            assertThat(result.modules()).as("the modules Maven built").contains("event-contracts");
        }
        assertThat(result.missing())
                .as("sources of the modules built, missing from the stage")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dockerfiles")
    void theRuntimeStageTakesTheServicesOwnBuildOutput(String service, String kind) {
        Dockerfile dockerfile = dockerfile(service, kind);
        String workdir = dockerfile.stage("build").all("WORKDIR").get(0).arguments();

        assertThat(dockerfile.last().all("COPY"))
                .isNotEmpty()
                .allSatisfy(copy -> assertThat(copy.arguments())
                        .contains("--from=build")
                        .contains(" " + workdir + "/" + service + "/target/"));
    }

    @Test
    void leavingTheHelmModuleOutAgainFailsTheRehearsal() {
        // the .dockerignore of issue 19: helm/ excluded while the root pom lists the helm module
        DockerIgnore ignore = DockerIgnore.parse(dockerignore() + "\nhelm/\n");

        ImageBuild.Result result = ImageBuild.rehearse(dockerfile("product-service", "jvm"), ignore, work);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output())
                .contains("Child module")
                .contains("/helm of ")
                .contains("does not exist");
    }

    @Test
    void leavingAServicesSourcesOutFailsTheRehearsal() {
        DockerIgnore ignore = DockerIgnore.parse(dockerignore() + "\norder-service/src/main/resources/\n");

        ImageBuild.Result result = ImageBuild.rehearse(dockerfile("order-service", "native"), ignore, work);

        assertThat(result.missing())
                .contains("order-service/src/main/resources/application.properties")
                .allMatch(file -> file.startsWith("order-service/src/main/resources/"));
    }
}
