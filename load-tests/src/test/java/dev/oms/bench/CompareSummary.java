package dev.oms.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The page of a side-by-side run ({@code scripts/benchmark.sh --compare=COMMIT}): each order figure measured against
 * the base commit's services and against the new ones, with the same harness and settings, and new ÷ base.
 */
final class CompareSummary {

    /**
     * Whose CPU time is counted per confirmed order, as named in run.properties, and as the page names it: each service,
     * then what the order flow costs around them, and the machine as a whole, which bounds what any change to the
     * services can gain.
     */
    private static final Map<String, String> CPU_USERS = cpuUsers();

    private static Map<String, String> cpuUsers() {
        var users = new java.util.LinkedHashMap<String, String>();
        users.put("product-service", "product-service");
        users.put("order-service", "order-service");
        users.put("postgresql", "PostgreSQL");
        users.put("rabbitmq", "RabbitMQ");
        users.put("machine", "the whole machine (load generator included)");
        return users;
    }

    /** What one side of the run left: its results files and its run.properties. */
    record Side(Map<String, Map<String, String>> results, Map<String, String> run) {

        static Side read(Path dir) throws IOException {
            var results = new TreeMap<String, Map<String, String>>();
            try (var files = Files.list(dir.resolve("results"))) {
                for (var file :
                        files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                    results.put(file.getFileName().toString().replace(".properties", ""), Results.read(file));
                }
            }
            return new Side(results, Results.read(dir.resolve("run.properties")));
        }

        String value(String result, String key) {
            return results.getOrDefault(result, Map.of()).get(key);
        }

        /** CPU milliseconds a process (or the machine) used during the simulation, per order that reached CONFIRMED. */
        String cpuPerConfirmedOrder(String simulation, String result, String user) {
            var cpu = run.get("cpu-ms." + simulation + "." + result + "." + user);
            var confirmed = value(result, "confirmed");
            if (cpu == null || confirmed == null || Long.parseLong(confirmed) == 0) {
                return null;
            }
            return Results.number(Double.parseDouble(cpu) / Long.parseLong(confirmed));
        }
    }

    record Row(String figure, String base, String now, String ratio) {}

    private final Side base;
    private final Side now;

    CompareSummary(Side base, Side now) {
        this.base = base;
        this.now = now;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CompareSummary BASE_DIR NEW_DIR OUTPUT_DIR");
            System.exit(2);
        }
        var summary = new CompareSummary(Side.read(Path.of(args[0])), Side.read(Path.of(args[1])));
        var out = Path.of(args[2]);
        Files.createDirectories(out);
        var page = out.endsWith("benchmarks") ? out.resolve("compare.md") : out.resolve("README.md");
        Files.writeString(page, summary.markdown());
        System.out.println("[bench] side by side: " + page.toAbsolutePath());
    }

    List<Row> rows() {
        var rows = new ArrayList<Row>();
        for (var result : List.of("throughput-many", "throughput-hot")) {
            var clients = first(side -> side.value(result, "clients"));
            var what = ("throughput-hot".equals(result) ? "one hot product" : "many products") + ", " + clients
                    + " clients";
            rows.add(ratio("orders reaching CONFIRMED, orders/s (" + what + ")", result, "confirmed-per-second"));
            rows.add(both(
                    "placed / confirmed / rejected / refused (503) (" + what + ")",
                    side -> join(
                            side.value(result, "placed"),
                            side.value(result, "confirmed"),
                            side.value(result, "rejected"),
                            side.value(result, "refused"))));
            rows.add(ratio("placement p99, ms (" + what + ")", result, "placement.p99"));
            rows.add(ratio("placement -> CONFIRMED p50, ms (" + what + ")", result, "confirm.p50"));
            rows.add(ratio("placement -> CONFIRMED p99, ms (" + what + ")", result, "confirm.p99"));
            cpuRows(rows, "OrderThroughputSimulation", result, what);
            rows.add(both(
                    "invariants: every order final / stock = initial - confirmed (" + what + ")",
                    side -> join(side.value(result, "invariant.final"), side.value(result, "invariant.stock"))));
        }
        var rate = first(side -> side.value("orders-at-rate", "rate"));
        var at = rate + " orders/s placed for " + first(side -> side.value("orders-at-rate", "seconds")) + " s";
        rows.add(ratio("orders reaching CONFIRMED, orders/s (" + at + ")", "orders-at-rate", "confirmed-per-second"));
        rows.add(both(
                "placed / confirmed / still pending / refused (503) (" + at + ")",
                side -> join(
                        side.value("orders-at-rate", "placed"),
                        side.value("orders-at-rate", "confirmed"),
                        side.value("orders-at-rate", "pending"),
                        side.value("orders-at-rate", "refused"))));
        rows.add(ratio("placements failed, % (" + at + ")", "orders-at-rate", "placement.error-percent"));
        rows.add(ratio("placement -> CONFIRMED p50, ms (" + at + ")", "orders-at-rate", "confirm.p50"));
        rows.add(ratio("placement -> CONFIRMED p95, ms (" + at + ")", "orders-at-rate", "confirm.p95"));
        rows.add(ratio("placement -> CONFIRMED p99, ms (" + at + ")", "orders-at-rate", "confirm.p99"));
        cpuRows(rows, "OrdersSimulation", "orders-at-rate", at);
        return rows;
    }

    private void cpuRows(List<Row> rows, String simulation, String result, String what) {
        CPU_USERS.forEach((user, name) -> rows.add(ratio(
                "CPU per confirmed order, " + name + ", ms (" + what + ")",
                side -> side.cpuPerConfirmedOrder(simulation, result, user))));
    }

    String markdown() {
        var page = new StringBuilder();
        page.append("# Side by side\n\n");
        page.append("One run of `")
                .append(now.run().getOrDefault("command", "scripts/benchmark.sh --compare"))
                .append("`: the same simulations against the base commit's services, then against the new ones, on one")
                .append(" machine with the load generator, PostgreSQL and RabbitMQ. Ratios are new ÷ base.\n\n");
        page.append("| | base | new |\n|---|---|---|\n");
        for (var key : List.of(
                "commit",
                "date",
                "machine.cpu",
                "machine.cores",
                "jdk",
                "service.jvm-options",
                "catalogue",
                "warmup.rounds",
                "warmup.jit-percent")) {
            page.append("| ")
                    .append(key)
                    .append(" | ")
                    .append(base.run().getOrDefault(key, ""))
                    .append(" | ")
                    .append(now.run().getOrDefault(key, ""))
                    .append(" |\n");
        }
        page.append("\n| figure | base | new | new ÷ base |\n|---|---|---|---|\n");
        for (var row : rows()) {
            page.append("| ")
                    .append(row.figure())
                    .append(" | ")
                    .append(row.base())
                    .append(" | ")
                    .append(row.now())
                    .append(" | ")
                    .append(row.ratio())
                    .append(" |\n");
        }
        page.append("\nHow each figure is measured: [README.md](README.md#how-it-was-measured); the throughput"
                + " simulations are closed-model (each client places its next order when the last is answered; a"
                + " 503 is counted as refused), after a warm-up of the same kind that is not reported, run in rounds"
                + " until the services' JIT compiler took under 10% of their CPU in one (`warmup.rounds` above, and"
                + " the compiler's share in the last). CPU is the"
                + " service process's user + system time (/proc) during the simulation, including its settling;"
                + " PostgreSQL's is every postgres process's (backends that ended meanwhile included), RabbitMQ's the"
                + " Erlang VM's, the whole machine's the busy time of all cores (/proc/stat), which includes the load"
                + " generator. Runs made before these were recorded show a dash.\n");
        return page.toString();
    }

    private Row ratio(String figure, String result, String key) {
        return ratio(figure, side -> side.value(result, key));
    }

    private Row ratio(String figure, Function<Side, String> value) {
        var was = value.apply(base);
        var is = value.apply(now);
        return new Row(figure, orDash(was), orDash(is), ratioOf(was, is));
    }

    private Row both(String figure, Function<Side, String> value) {
        return new Row(figure, orDash(value.apply(base)), orDash(value.apply(now)), "");
    }

    private String first(Function<Side, String> value) {
        var is = value.apply(now);
        return is != null ? is : orDash(value.apply(base));
    }

    static String ratioOf(String was, String is) {
        try {
            double before = Double.parseDouble(was);
            double after = Double.parseDouble(is);
            return before == 0 ? "" : String.format(Locale.ROOT, "%.2f", after / before);
        } catch (NullPointerException | NumberFormatException e) {
            return "";
        }
    }

    private static String join(String... values) {
        var parts = new ArrayList<String>();
        for (var value : values) {
            parts.add(orDash(value));
        }
        return String.join(" / ", parts);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
