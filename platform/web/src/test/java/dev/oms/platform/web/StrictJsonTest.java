package dev.oms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What StrictJson refuses, and what it still reads. */
class StrictJsonTest {

    record Sample(String text, Integer count, BigDecimal amount, Boolean flag) {}

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        var mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void wellTypedJsonIsRead() throws Exception {
        var sample = mapper.readValue("{\"text\":\"a\\nb\",\"count\":2,\"amount\":1.5,\"flag\":true}", Sample.class);
        assertThat(sample).isEqualTo(new Sample("a\nb", 2, new BigDecimal("1.5"), true));
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNotCoerced() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\":12345}", Sample.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"count\":\"2\"}", Sample.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"count\":1.5}", Sample.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1.5\"}", Sample.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"flag\":\"true\"}", Sample.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void textWithANulCharacterIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\":\"a\\u0000b\"}", Sample.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("NUL");
    }
}
