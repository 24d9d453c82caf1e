package dev.oms.product.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IfNoneMatchTest {

    private static boolean matches(String... lines) {
        return IfNoneMatch.matches(List.of(lines), "3.17");
    }

    @Test
    void theCurrentTagMatchesStrongOrWeak() {
        assertThat(matches("\"3.17\"")).isTrue();
        assertThat(matches("W/\"3.17\"")).as("weak comparison").isTrue();
        assertThat(matches(" \"3.17\" ")).isTrue();
    }

    @Test
    void anyTagMatchesWhenTheListNamesIt() {
        assertThat(matches("\"3.16\", W/\"3.17\"")).isTrue();
        assertThat(matches("\"1.2\",\"3.17\",\"4.20\"")).isTrue();
        assertThat(matches("\"1.2\"", "\"3.17\""))
                .as("split across field lines")
                .isTrue();
        assertThat(matches("*")).isTrue();
    }

    @Test
    void anotherVersionDoesNotMatchEvenWithTheSameDetailsVersion() {
        assertThat(matches("\"3.16\"")).as("stock moved since").isFalse();
        assertThat(matches("\"3\""))
                .as("the details version alone, as an edit answers")
                .isFalse();
        assertThat(matches("\"3.171\"", "\"13.17\"", "\"\"")).isFalse();
    }

    @Test
    void anAbsentOrMalformedHeaderNamesNothing() {
        assertThat(IfNoneMatch.matches(null, "3.17")).isFalse();
        assertThat(IfNoneMatch.matches(List.of(), "3.17")).isFalse();
        assertThat(matches("")).isFalse();
        assertThat(matches("3.17")).as("unquoted").isFalse();
        assertThat(matches("\"3.17")).as("unterminated").isFalse();
        assertThat(matches("w/\"3.17\""))
                .as("the weak prefix is case-sensitive")
                .isFalse();
    }
}
