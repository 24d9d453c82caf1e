package dev.oms.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** The chart in helm/oms, rendered and linted through helm-java's bundled helm (no helm binary, no cluster). */
final class OmsChart {

    static final String RELEASE = "oms";
    /** The Kubernetes version rendering assumes (helm-java's own default, 1.20, predates autoscaling/v2). */
    static final String KUBE_VERSION = "1.30.0";

    private static final Path MODULE =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    static final Path DIRECTORY = MODULE.resolve("oms");

    /** A values file of the tests, in src/test/resources/values. */
    static Path testValues(String fileName) {
        return MODULE.resolve("src/test/resources/values").resolve(fileName);
    }

    /**
     * The values the chart has no default for and every install must give (the identity provider), which the render
     * methods put between values.yaml and the test's own values.
     */
    static final Path REQUIRED_VALUES = testValues("required.yaml");

    private OmsChart() {}

    /** Renders the chart's defaults plus the required values. */
    static Manifests render() {
        return Manifests.parse(template().withValuesFile(REQUIRED_VALUES).call());
    }

    /**
     * Renders with a values file (as {@code helm template -f required.yaml -f valuesFile}); helm merges it over
     * values.yaml and the required values.
     */
    static Manifests render(Path valuesFile) {
        return Manifests.parse(template()
                .withValuesFile(REQUIRED_VALUES)
                .withValuesFile(valuesFile)
                .call());
    }

    /** Renders with values given as YAML text, over the required values. */
    static Manifests render(String valuesYaml, Path workDirectory) {
        return render(write(valuesYaml, workDirectory));
    }

    /** Renders with the chart's defaults and nothing else. */
    static Manifests renderWithoutRequiredValues() {
        return Manifests.parse(template().call());
    }

    /** Renders with a values file over the chart's defaults alone, without the required values. */
    static Manifests renderWithoutRequiredValues(Path valuesFile) {
        return Manifests.parse(template().withValuesFile(valuesFile).call());
    }

    /** Renders with values given as YAML text over the chart's defaults alone, without the required values. */
    static Manifests renderWithoutRequiredValues(String valuesYaml, Path workDirectory) {
        return renderWithoutRequiredValues(write(valuesYaml, workDirectory));
    }

    static String renderWithKubeVersion(String kubeVersion) {
        return new Helm(DIRECTORY)
                .template()
                .withName(RELEASE)
                .withKubeVersion(kubeVersion)
                .withValuesFile(REQUIRED_VALUES)
                .call();
    }

    static Path write(String valuesYaml, Path workDirectory) {
        try {
            return Files.writeString(Files.createTempFile(workDirectory, "values-", ".yaml"), valuesYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict lint of the chart with its own values.yaml alone. */
    static LintResult lintStrict() {
        return new Helm(DIRECTORY).lint().strict().call();
    }

    /**
     * Strict lint with values merged over the chart's defaults (and nothing else: not the required values), as
     * {@code helm lint --strict -f values.yaml} would:
     * helm-java's lint takes no values file, so this lints a copy of the chart whose values.yaml is the merged result.
     */
    static LintResult lintStrict(Path valuesFile, Path workDirectory) {
        Path copy = workDirectory.resolve("oms");
        copyTree(DIRECTORY, copy);
        Map<String, Object> merged = deepMerge(readYaml(DIRECTORY.resolve("values.yaml")), readYaml(valuesFile));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        try {
            Files.writeString(copy.resolve("values.yaml"), new Yaml(options).dump(merged));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Helm(copy).lint().strict().call();
    }

    private static TemplateCommand template() {
        return new Helm(DIRECTORY).template().withName(RELEASE).withKubeVersion(KUBE_VERSION);
    }

    static Map<String, Object> readYaml(Path file) {
        try {
            Map<String, Object> content = new Yaml().load(Files.readString(file));
            return content == null ? new LinkedHashMap<>() : content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Helm's merge of values: maps merge key by key, anything else (lists included) is replaced. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            if (value instanceof Map<?, ?> overrideMap && merged.get(key) instanceof Map<?, ?> baseMap) {
                merged.put(key, deepMerge((Map<String, Object>) baseMap, (Map<String, Object>) overrideMap));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
