package dev.oms.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns one run's result files into the one-page summary: {@code README.md} (markdown) and {@code summary.csv}, with
 * the machine, the JDK, the date, the commit, every figure, each target of issue 8 as met or missed, and the command
 * that reproduces the run. A block between {@code <!-- analysis -->} and {@code <!-- /analysis -->} in an existing
 * README.md (where people write down where the time goes) is kept across runs.
 *
 * <pre>java -cp ... dev.oms.bench.BenchmarkSummary RESULTS_DIR RUN_PROPERTIES OUTPUT_DIR</pre>
 */
public final class BenchmarkSummary {

    static final String ANALYSIS_START = "<!-- analysis -->";
    static final String ANALYSIS_END = "<!-- /analysis -->";

    /** One line of the summary: a figure, and the target it is held against if it has one. */
    record Figure(String name, String value, String unit, String target, Status status) {}

    enum Status {
        MET,
        MISSED,
        NOT_MEASURED,
        NONE;

        String text() {
            return switch (this) {
                case MET -> "met";
                case MISSED -> "missed";
                case NOT_MEASURED -> "not measured";
                case NONE -> "";
            };
        }
    }

    private final Map<String, Map<String, String>> results;
    private final Map<String, String> run;

    BenchmarkSummary(Map<String, Map<String, String>> results, Map<String, String> run) {
        this.results = results;
        this.run = run;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BenchmarkSummary RESULTS_DIR RUN_PROPERTIES OUTPUT_DIR");
            System.exit(2);
        }
        var results = new TreeMap<String, Map<String, String>>();
        try (var files = Files.list(Path.of(args[0]))) {
            files.filter(file -> file.toString().endsWith(".properties"))
                    .forEach(file ->
                            results.put(file.getFileName().toString().replace(".properties", ""), Results.read(file)));
        }
        var summary = new BenchmarkSummary(results, Results.read(Path.of(args[1])));
        var out = Path.of(args[2]);
        Files.createDirectories(out);
        var readme = out.resolve("README.md");
        var analysis = Files.exists(readme) ? keptAnalysis(Files.readString(readme)) : "";
        Files.writeString(readme, summary.markdown(analysis));
        Files.writeString(out.resolve("summary.csv"), summary.csv());
        System.out.println("[bench] summary: " + readme.toAbsolutePath());
    }

    List<Figure> figures() {
        var figures = new ArrayList<Figure>();
        var probe = results.getOrDefault("throughput-probe", Map.of());
        var read = results.getOrDefault("product-read", Map.of());
        var list = results.getOrDefault("product-list", Map.of());
        var mix = results.getOrDefault("daily-mix", Map.of());

        var users = probe.getOrDefault("users", "?");
        figures.add(plain(
                "ceiling throughput (GET /ceiling, " + users + " closed users)",
                probe.get("ceiling.throughput"),
                "req/s"));
        figures.add(plain(
                "product read throughput (cached GET /api/products/{id}, " + users + " closed users)",
                probe.get("product.throughput"),
                "req/s"));
        figures.add(atLeast("product read throughput / ceiling", probe.get("ratio-percent"), "%", 50));

        var readRate = read.getOrDefault("rate", "?");
        figures.add(plain("cached GET by id p50 at " + readRate + " req/s", read.get("zipf.p50"), "ms"));
        figures.add(plain("cached GET by id p95 at " + readRate + " req/s", read.get("zipf.p95"), "ms"));
        figures.add(below("cached GET by id p99 at " + readRate + " req/s", read.get("zipf.p99"), "ms", 5));
        figures.add(plain("cached GET by id errors", read.get("zipf.error-percent"), "%"));
        var missRate = read.getOrDefault("miss-rate", "?");
        figures.add(
                plain("uncached GET by id p50 / p95 / p99 at " + missRate + " req/s", triple(read, "uniform"), "ms"));
        figures.add(plain("ceiling p50 / p95 / p99 at " + readRate + " req/s", triple(read, "ceiling"), "ms"));

        var listRate = list.getOrDefault("rate", "?");
        figures.add(plain(
                "list pages served (asked for " + listRate + " pages/s)", list.get("pages.throughput"), "pages/s"));
        figures.add(plain("list page p50 at " + listRate + " pages/s", list.get("pages.p50"), "ms"));
        figures.add(plain("list page p95 at " + listRate + " pages/s", list.get("pages.p95"), "ms"));
        figures.add(below("list page p99 at " + listRate + " pages/s", list.get("pages.p99"), "ms", 10));
        figures.add(plain("list first page / next page p99", pair(list.get("first.p99"), list.get("next.p99")), "ms"));
        figures.add(plain("list page errors", list.get("pages.error-percent"), "%"));

        var goal = mix.getOrDefault("goal", "the goal");
        String capacity = null;
        if ("true".equals(mix.get("capacity.found"))) {
            capacity = ("true".equals(mix.get("capacity.bounded")) ? "" : ">= ") + mix.get("capacity.throughput");
        } else if (!mix.isEmpty()) {
            capacity = "< " + mix.getOrDefault("level.0.rate", "?");
        }
        figures.add(plain("daily-mix capacity (" + goal + ")", capacity, "req/s"));

        results.keySet().stream().filter(name -> name.startsWith("orders")).forEach(name -> {
            var orders = results.get(name);
            var at = " (" + orders.get("rate") + " orders/s placed for " + orders.get("seconds") + " s)";
            boolean target = Integer.parseInt(orders.getOrDefault("rate", "0")) >= 1000;
            figures.add(
                    target
                            ? atLeast(
                                    "orders reaching CONFIRMED" + at,
                                    orders.get("confirmed-per-second"),
                                    "orders/s",
                                    1000)
                            : plain("orders reaching CONFIRMED" + at, orders.get("confirmed-per-second"), "orders/s"));
            figures.add(plain(
                    "orders placed / confirmed / still pending / refused (503)" + at,
                    orders.get("placed") + " / " + orders.get("confirmed") + " / " + orders.get("pending") + " / "
                            + orders.get("refused"),
                    ""));
            figures.add(plain(
                    "placement p99 / errors" + at,
                    pair(orders.get("placement.p99") + " ms", orders.get("placement.error-percent") + " %"),
                    ""));
            figures.add(plain(
                    "placement -> CONFIRMED p50 / p95" + at,
                    pair(orders.get("confirm.p50"), orders.get("confirm.p95")),
                    "ms"));
            figures.add(
                    target
                            ? below("placement -> CONFIRMED p99" + at, orders.get("confirm.p99"), "ms", 100)
                            : plain("placement -> CONFIRMED p99" + at, orders.get("confirm.p99"), "ms"));
        });
        for (var name : List.of("throughput-many", "throughput-hot")) {
            var measured = results.get(name);
            if (measured == null) {
                continue;
            }
            var what = " (" + ("true".equals(measured.get("hot")) ? "one hot product" : "many products") + ", "
                    + measured.get("clients") + " clients placing back to back for " + measured.get("seconds") + " s)";
            figures.add(plain("orders reaching CONFIRMED" + what, measured.get("confirmed-per-second"), "orders/s"));
            figures.add(plain(
                    "placed / confirmed / rejected / refused (503)" + what,
                    measured.get("placed") + " / " + measured.get("confirmed") + " / " + measured.get("rejected")
                            + " / " + measured.get("refused"),
                    ""));
            figures.add(plain(
                    "placement -> CONFIRMED p50 / p99" + what,
                    pair(measured.get("confirm.p50"), measured.get("confirm.p99")),
                    "ms"));
            figures.add(plain(
                    "invariants: every order final / stock = initial - confirmed" + what,
                    pair(measured.get("invariant.final"), measured.get("invariant.stock")),
                    ""));
        }
        if (results.keySet().stream().noneMatch(name -> name.startsWith("orders"))) {
            figures.add(new Figure("orders reaching CONFIRMED", "", "orders/s", ">= 1000", Status.NOT_MEASURED));
        }

        for (var service : List.of("product-service", "order-service", "http-ceiling")) {
            figures.add(plain(service + " RSS at rest", megabytes(run.get("rss." + service + ".rest-kb")), "MB"));
            var load = megabytes(run.get("rss." + service + ".load-kb"));
            figures.add(
                    "http-ceiling".equals(service)
                            ? plain(service + " RSS under load (peak)", load, "MB")
                            : below(service + " RSS under load (peak)", load, "MB", 200));
        }
        return figures;
    }

    String markdown(String analysis) {
        var text = new StringBuilder();
        text.append("# Benchmarks\n\n");
        text.append("One run of `scripts/benchmark.sh` (issue 8): both services and the bare HTTP route (the ceiling)")
                .append(" as processes on one machine with the load generator (Gatling), PostgreSQL and RabbitMQ.\n\n");
        text.append("| | |\n|---|---|\n");
        for (var key : List.of(
                "date",
                "commit",
                "machine.cpu",
                "machine.cores",
                "machine.memory",
                "jdk",
                "service.jvm-options",
                "catalogue")) {
            text.append("| ")
                    .append(key)
                    .append(" | ")
                    .append(run.getOrDefault(key, "?"))
                    .append(" |\n");
        }
        text.append("\nReproduce: `")
                .append(run.getOrDefault("command", "scripts/benchmark.sh"))
                .append("`\n\n");
        text.append("## Figures and targets\n\n| figure | value | target | |\n|---|---|---|---|\n");
        for (var figure : figures()) {
            text.append("| ")
                    .append(figure.name())
                    .append(" | ")
                    .append(withUnit(figure))
                    .append(" | ")
                    .append(figure.target())
                    .append(" | ")
                    .append(
                            figure.status() == Status.MISSED
                                    ? "**missed**"
                                    : figure.status().text())
                    .append(" |\n");
        }
        var failed = failedSimulations();
        if (!failed.isEmpty()) {
            text.append("\nThese simulations saw more than 1% of their requests fail (Gatling's assertion), so their")
                    .append(" figures describe a system already failing: ")
                    .append(String.join(", ", failed))
                    .append(".\n");
        }
        var unfinished = unfinishedSimulations();
        if (!unfinished.isEmpty()) {
            text.append("\nThese simulations did not finish (Gatling stopped with an error; see its log), so their")
                    .append(" figures are missing or partial: ")
                    .append(String.join(", ", unfinished))
                    .append(".\n");
        }
        var missed = figures().stream()
                .filter(figure -> figure.status() == Status.MISSED)
                .toList();
        text.append("\n## Targets missed\n\n");
        if (missed.isEmpty()) {
            text.append("None.\n");
        } else {
            missed.forEach(figure -> text.append("- ")
                    .append(figure.name())
                    .append(": ")
                    .append(withUnit(figure))
                    .append(" (target ")
                    .append(figure.target())
                    .append(")\n"));
            text.append("\nWhere the time goes is written down below, with the profile that shows it.\n");
        }
        var mix = results.get("daily-mix");
        if (mix != null) {
            text.append("\n## Daily mix, level by level\n\n| level | asked req/s | served req/s | p50 | p95 | p99 |")
                    .append(" errors | goal |\n|---|---|---|---|---|---|---|---|\n");
            int levels = Integer.parseInt(mix.getOrDefault("levels", "0"));
            for (int i = 0; i < levels; i++) {
                var p = "level." + i;
                text.append("| ")
                        .append(i)
                        .append(" | ")
                        .append(mix.get(p + ".rate"))
                        .append(" | ")
                        .append(mix.get(p + ".throughput"))
                        .append(" | ")
                        .append(mix.get(p + ".p50"))
                        .append(" | ")
                        .append(mix.get(p + ".p95"))
                        .append(" | ")
                        .append(mix.get(p + ".p99"))
                        .append(" | ")
                        .append(mix.get(p + ".error-percent"))
                        .append("% | ")
                        .append("true".equals(mix.get(p + ".met")) ? "met" : "broken")
                        .append(" |\n");
            }
        }
        text.append("\n## How it was measured\n\n");
        text.append("- Latencies are Gatling's response times (ms), percentiles nearest-rank over successful requests;")
                .append(" failed requests are counted apart.\n");
        text.append("- Open model (arrivals per second, shared keep-alive connections) for every figure at a rate;")
                .append(" closed model (N users, one connection each, next request when the last is answered) for the")
                .append(" throughput probe, the same N for the ceiling and for the product read.\n");
        text.append("- Orders: placement -> CONFIRMED is the `at` of the order's PENDING -> CONFIRMED status change")
                .append(
                        " minus its `createdAt`, both written by order-service; orders/s reaching CONFIRMED counts them")
                .append(" from the first placement to the last confirmation.\n");
        text.append(
                "- RSS is VmRSS from /proc: at rest after seeding, and the peak sampled every second under load.\n");
        text.append("- The load generator runs on the same cores as the system; its own CPU use lowers every figure")
                .append(" alike, the ceiling's too.\n");
        text.append("- The order throughput simulations follow a warm-up of the same kind, run in rounds until the")
                .append(" services' JIT compiler threads took under 10% of their CPU in one (run.properties:")
                .append(" `warmup.rounds`, `warmup.jit-percent`): their figures are those of a warm JVM.\n");
        text.append("- Gatling's HTML reports: [reports/](reports/).\n");
        text.append("\n## Analysis\n\n");
        text.append(analysis.isBlank() ? ANALYSIS_START + "\n_Not written yet._\n" + ANALYSIS_END + "\n" : analysis);
        return text.toString();
    }

    /**
     * The simulations whose assertion failed (Gatling's exit code 2: more than the allowed share of requests failed),
     * as the script recorded them ({@code exit.<name>=<code>}).
     */
    List<String> failedSimulations() {
        return simulationsExiting(code -> code.equals("2"));
    }

    /** The simulations Gatling could not run to the end (any exit code but 0 and 2). */
    List<String> unfinishedSimulations() {
        return simulationsExiting(code -> !code.equals("0") && !code.equals("2"));
    }

    private List<String> simulationsExiting(Predicate<String> code) {
        return run.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("exit.") && code.test(entry.getValue()))
                .map(entry -> entry.getKey().substring("exit.".length()))
                .sorted()
                .toList();
    }

    String csv() {
        var text = new StringBuilder("figure,value,unit,target,status\n");
        for (var key : List.of(
                "date",
                "commit",
                "machine.cpu",
                "machine.cores",
                "machine.memory",
                "jdk",
                "service.jvm-options",
                "catalogue",
                "command")) {
            text.append(csvRow(key, run.getOrDefault(key, ""), "", "", ""));
        }
        for (var simulation : failedSimulations()) {
            text.append(csvRow("assertion failed (more than 1% errors)", simulation, "", "", ""));
        }
        for (var simulation : unfinishedSimulations()) {
            text.append(csvRow("did not finish", simulation, "", "", ""));
        }
        for (var figure : figures()) {
            text.append(csvRow(
                    figure.name(),
                    figure.value() == null ? "" : figure.value(),
                    figure.unit(),
                    figure.target(),
                    figure.status().text()));
        }
        return text.toString();
    }

    static String keptAnalysis(String readme) {
        int start = readme.indexOf(ANALYSIS_START);
        int end = readme.indexOf(ANALYSIS_END);
        return start < 0 || end < start ? "" : readme.substring(start, end + ANALYSIS_END.length()) + "\n";
    }

    private static Figure plain(String name, String value, String unit) {
        return new Figure(name, value, unit, "", Status.NONE);
    }

    private static Figure below(String name, String value, String unit, double bound) {
        var target = "< " + number(bound) + " " + unit;
        var measured = parse(value);
        if (measured == null) {
            return new Figure(name, value, unit, target, Status.NOT_MEASURED);
        }
        return new Figure(name, value, unit, target, measured < bound ? Status.MET : Status.MISSED);
    }

    private static Figure atLeast(String name, String value, String unit, double bound) {
        var target = ">= " + number(bound) + " " + unit;
        var measured = parse(value);
        if (measured == null) {
            return new Figure(name, value, unit, target, Status.NOT_MEASURED);
        }
        return new Figure(name, value, unit, target, measured >= bound ? Status.MET : Status.MISSED);
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static Double parse(String value) {
        return value == null || !NUMBER.matcher(value.strip()).matches() ? null : Double.parseDouble(value.strip());
    }

    private static String triple(Map<String, String> result, String prefix) {
        if (!result.containsKey(prefix + ".p50")) {
            return null;
        }
        return result.get(prefix + ".p50") + " / " + result.get(prefix + ".p95") + " / " + result.get(prefix + ".p99");
    }

    private static String pair(String first, String second) {
        return first == null ? null : first + " / " + second;
    }

    private static String megabytes(String kilobytes) {
        var value = parse(kilobytes);
        return value == null ? null : String.format(Locale.ROOT, "%.0f", value / 1024);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String withUnit(Figure figure) {
        if (figure.value() == null || figure.value().isBlank()) {
            return "not measured";
        }
        return figure.unit().isEmpty() ? figure.value() : figure.value() + " " + figure.unit();
    }

    private static String csvRow(String... cells) {
        var row = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            var cell = cells[i] == null ? "" : cells[i];
            row.append(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return row.append('\n').toString();
    }
}
