package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The opt-in monitoring objects: a ServiceMonitor that selects both Services on their metrics port, a PrometheusRule
 * holding exactly the alerts docs/operations.md documents, and a Grafana dashboard that reads only documented metrics.
 */
class MonitoringTest {

    private static final Path OPERATIONS =
            OmsChart.DIRECTORY.resolve("../../docs/operations.md").normalize();
    private static final String ENABLED = """
            monitoring:
              serviceMonitor: {enabled: true, interval: 15s, labels: {release: prometheus}}
              prometheusRule: {enabled: true, labels: {release: prometheus}}
              dashboard: {enabled: true}
            """;

    private static Manifests monitored;

    @BeforeAll
    static void render(@TempDir Path work) {
        monitored = OmsChart.render(ENABLED, work);
    }

    @Test
    void nothingForThePrometheusOperatorOrGrafanaIsRenderedUnlessAskedFor() {
        var defaults = OmsChart.render();

        assertThat(defaults.ofKind("ServiceMonitor")).isEmpty();
        assertThat(defaults.ofKind("PrometheusRule")).isEmpty();
        assertThat(defaults.kindsAndNames()).noneMatch(name -> name.endsWith("-dashboard"));
    }

    @Test
    void theServiceMonitorScrapesBothServicesOnTheirManagementPort() {
        var monitor = monitored.get("ServiceMonitor", "oms");
        var selector = monitor.map("spec.selector.matchLabels");

        var services = monitored.ofKind("Service");
        assertThat(services).hasSize(2).allSatisfy(service -> {
            assertThat(service.map("metadata.labels")).containsAllEntriesOf(selector);
            assertThat(service.list("spec.ports").toString()).contains("name=management");
        });
        assertThat(monitor.list("spec.endpoints")).hasSize(1);
        var endpoint = monitor.element("spec.endpoints", "port", "management");
        assertThat(endpoint.string("path")).isEqualTo("/q/metrics");
        assertThat(endpoint.string("interval")).isEqualTo("15s");
        assertThat(monitor.map("metadata.labels")).containsEntry("release", "prometheus");
    }

    @Test
    void thePrometheusRuleHoldsExactlyTheDocumentedAlerts() throws IOException {
        var rule = monitored.get("PrometheusRule", "oms");
        var rendered = new LinkedHashMap<String, List<String>>();
        for (var group : rule.list("spec.groups")) {
            for (var each : new Node(group, "group").list("rules")) {
                var alert = new Node(each, "rule");
                rendered.put(alert.string("annotations.summary"), List.of(alert.string("expr"), alert.string("for")));
            }
        }

        assertThat(rendered).isEqualTo(documentedAlerts());
        assertThat(rule.map("metadata.labels")).containsEntry("release", "prometheus");
    }

    @Test
    void theDashboardAndTheAlertsReadOnlyDocumentedMetrics() throws IOException {
        var configMap = monitored.get("ConfigMap", "oms-dashboard");
        assertThat(configMap.map("metadata.labels")).containsEntry("grafana_dashboard", "1");
        Map<String, Object> dashboard =
                new Yaml().load((String) configMap.map("data").get("oms.json"));
        var expressions = new ArrayList<String>();
        for (var panel : new Node(dashboard, "dashboard").list("panels")) {
            for (var target : new Node(panel, "panel").list("targets")) {
                expressions.add(new Node(target, "target").string("expr"));
            }
        }
        documentedAlerts().values().forEach(alert -> expressions.add(alert.get(0)));

        var documented = documentedMetrics();
        assertThat(expressions).hasSizeGreaterThan(20);
        assertThat(metricsIn(expressions))
                .isNotEmpty()
                .allSatisfy(metric -> assertThat(documented)
                        .as("%s is read by a panel or an alert", metric)
                        .contains(metric));
    }

    /** Alert name to {expression, for}, from the table under "## Alerts". */
    private static Map<String, List<String>> documentedAlerts() throws IOException {
        var alerts = new LinkedHashMap<String, List<String>>();
        var inSection = false;
        for (var line : Files.readAllLines(OPERATIONS)) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Alerts");
            } else if (inSection && line.startsWith("| ") && !line.startsWith("| alert ")) {
                var cells = line.split(" \\| ");
                alerts.put(cells[0].substring(2), List.of(cells[1].replaceAll("^`|`$", ""), cells[2]));
            }
        }
        return alerts;
    }

    /** The Prometheus names of the metrics the page's tables document, with the suffixes Prometheus adds. */
    private static Set<String> documentedMetrics() throws IOException {
        var names = new TreeSet<String>();
        var row = Pattern.compile("^\\| `([a-z_.]+)` \\|");
        for (var line : Files.readAllLines(OPERATIONS)) {
            var matcher = row.matcher(line);
            if (matcher.find()) {
                var base = matcher.group(1).replace('.', '_');
                for (var suffix :
                        List.of("", "_total", "_seconds", "_seconds_bucket", "_seconds_count", "_seconds_sum")) {
                    names.add(base + suffix);
                }
            }
        }
        return names;
    }

    /** The metric names an expression reads (the services' own, the HTTP timer, the cache, RabbitMQ's). */
    private static Set<String> metricsIn(List<String> expressions) {
        var metric = Pattern.compile("\\b((?:oms|http_server|cache|rabbitmq)_[a-z_]+)\\b");
        var found = new TreeSet<String>();
        expressions.forEach(expression -> {
            var matcher = metric.matcher(expression);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        });
        found.removeIf(name -> name.startsWith("rabbitmq_")); // RabbitMQ's own exporter, named in the alert's text
        return found;
    }
}
