package dev.oms.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/** Reads the Prometheus endpoint as a scraper does: no token, text format (samples may carry exemplars). */
public final class Metrics {

    private Metrics() {}

    public static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The sum of the samples of a metric (its Prometheus name) whose labels include all of {@code labels}, given as
     * name/value pairs; 0 when there is none.
     */
    public static double value(String name, String... labels) {
        return valueIn(scrape(), name, labels);
    }

    /** How many messages a consumer has settled with an outcome ({@code oms.messages.consumed}). */
    public static double consumed(String consumer, String outcome) {
        return value("oms_messages_consumed_total", "consumer", consumer, "outcome", outcome);
    }

    /** As {@link #value(String, String...)}, in text already scraped. */
    public static double valueIn(String scraped, String name, String... labels) {
        var wanted = new String[labels.length / 2];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = labels[2 * i] + "=\"" + labels[2 * i + 1] + "\"";
        }
        return scraped.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .map(line -> Sample.of(line, name.length()))
                .filter(sample -> Arrays.stream(wanted).allMatch(sample.labels()::contains))
                .mapToDouble(Sample::value)
                .sum();
    }

    /** One line: the label set as written (label values may contain braces, e.g. uri="/api/products/{id}"). */
    private record Sample(String labels, double value) {

        static Sample of(String line, int nameLength) {
            int end = nameLength;
            if (line.charAt(end) == '{') {
                boolean quoted = false;
                for (end = nameLength + 1; end < line.length(); end++) {
                    char c = line.charAt(end);
                    if (c == '\\') {
                        end++;
                    } else if (c == '"') {
                        quoted = !quoted;
                    } else if (c == '}' && !quoted) {
                        end++;
                        break;
                    }
                }
            }
            var rest = line.substring(end).trim();
            var space = rest.indexOf(' ');
            return new Sample(
                    line.substring(nameLength, end), Double.parseDouble(space < 0 ? rest : rest.substring(0, space)));
        }
    }
}
