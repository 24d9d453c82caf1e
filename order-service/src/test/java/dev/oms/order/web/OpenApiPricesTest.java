package dev.oms.order.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The API document tells clients about the seen price, the one-currency rule and the refusals that follow. */
@QuarkusTest
class OpenApiPricesTest {

    @Test
    void theDocumentShowsTheSeenPriceTheCurrencyRuleAndTheRejectionReasons() {
        var document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(document.getMap("components.schemas.SeenPrice.properties")).containsKeys("amount", "currency");
        assertThat(document.getString("paths.'/api/orders'.post.responses.'422'.description"))
                .contains("Mixed currencies");
        assertThat(document.getString("paths.'/api/orders'.post.description"))
                .contains("one currency", "MIXED_CURRENCIES", "PRICE_CHANGED", "seenPrice");
        assertThat(document.getList("components.schemas.ProblemDetail.properties.type.examples", String.class))
                .contains("urn:oms:problem:mixed-currencies");
    }
}
