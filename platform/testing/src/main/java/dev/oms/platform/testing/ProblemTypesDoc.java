package dev.oms.platform.testing;

import static io.restassured.RestAssured.given;

import dev.oms.platform.web.ProblemCatalog;
import dev.oms.platform.web.ProblemType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Holds docs/api/problems.md and the OpenAPI document to the problem types a service answers: the platform's and its
 * catalogue's, each a row {@code | `urn:oms:problem:slug` | status | title | ... |} of the page.
 */
public final class ProblemTypesDoc {

    private static final Pattern ROW =
            Pattern.compile("^\\| `(urn:oms:problem:[a-z0-9-]+)` \\| (\\d{3}) \\| ([^|]+) \\|");

    private ProblemTypesDoc() {}

    /**
     * Where docs/api/problems.md and the running service's OpenAPI document disagree with the types a service with
     * this catalogue answers, each said in a line; empty when all three agree.
     */
    public static List<String> disagreements(ProblemCatalog catalog) {
        var answered = answeredBy(catalog);
        var wrong = new ArrayList<>(misdocumented(answered));
        var uris = answered.stream().map(type -> type.uri().toString()).toList();
        var published = inOpenApi();
        uris.stream()
                .filter(uri -> !published.contains(uri))
                .forEach(uri -> wrong.add("the OpenAPI document lacks " + uri));
        published.stream()
                .filter(uri -> !uris.contains(uri))
                .forEach(uri -> wrong.add("the OpenAPI document lists " + uri + ", which the service never answers"));
        return wrong;
    }

    /** Every type a service with this catalogue answers. */
    public static Set<ProblemType> answeredBy(ProblemCatalog catalog) {
        var types = new LinkedHashSet<>(ProblemType.PLATFORM);
        types.addAll(catalog.types());
        return types;
    }

    /** The types the page lacks, or lists with another status or title, each said in a line. */
    public static List<String> misdocumented(Set<ProblemType> types) {
        var rows = rows();
        var wrong = new ArrayList<String>();
        for (var type : types) {
            var expected = type.uri() + " | " + type.status() + " | " + type.title();
            if (!rows.contains(expected)) {
                wrong.add("docs/api/problems.md lacks the row " + expected);
            }
        }
        return wrong;
    }

    /** The type URIs the running service's OpenAPI document lists in the ProblemDetail schema. */
    public static List<String> inOpenApi() {
        return given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("components.schemas.ProblemDetail.properties.type.examples", String.class);
    }

    private static Set<String> rows() {
        try {
            var rows = new LinkedHashSet<String>();
            for (var line : Files.readAllLines(page())) {
                var row = ROW.matcher(line);
                if (row.find()) {
                    rows.add(row.group(1) + " | " + row.group(2) + " | "
                            + row.group(3).strip());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path page() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var page = dir.resolve("docs/api/problems.md");
            if (Files.isRegularFile(page)) {
                return page;
            }
        }
        throw new IllegalStateException(
                "docs/api/problems.md not found above " + Path.of("").toAbsolutePath());
    }
}
