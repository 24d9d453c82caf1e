package dev.oms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A refused JSON value is named by its path and described in the API's words, never by Jackson's Java types. */
class UnreadableValueTest {

    enum Colour {
        RED,
        GREEN
    }

    record Line(UUID productId, int quantity) {}

    record Request(Colour colour, BigDecimal price, boolean gift, String note, List<Line> lines) {}

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"colour\":\"BLUE\"}                      | colour            | must be one of RED, GREEN",
                "{\"price\":\"ten\"}                        | price             | must be a number",
                "{\"gift\":\"maybe\"}                       | gift              | must be true or false",
                "{\"note\":{\"a\":1}}                       | note              | must be a string",
                "{\"lines\":{}}                             | lines             | must be an array",
                "{\"lines\":[{\"productId\":\"nope\"}]}     | lines[0].productId | must be a UUID",
                "{\"lines\":[{\"quantity\":\"x\"}]}         | lines[0].quantity | must be a number",
                "{\"lines\":[7]}                            | lines[0]          | must be an object"
            })
    void namesThePathAndWhatTheValueMustBe(String body, String field, String expectation) {
        var refused = refusal(body);

        assertThat(UnreadableValue.field(refused)).isEqualTo(field);
        assertThat(UnreadableValue.expectation(refused)).isEqualTo(expectation).doesNotContain("dev.oms", "java.", "`");
    }

    @Test
    void aBodyThatIsNotJsonHasNoField() {
        assertThat(UnreadableValue.field(refusal("{\"colour\":"))).isEmpty();
    }

    private JsonProcessingException refusal(String body) {
        return catchThrowableOfType(JsonProcessingException.class, () -> json.readValue(body, Request.class));
    }
}
