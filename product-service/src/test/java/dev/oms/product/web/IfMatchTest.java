package dev.oms.product.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void theVersionIsReadFromAStrongOrWeakETag() {
        assertThat(IfMatch.version("\"7\"")).hasValue(7);
        assertThat(IfMatch.version(" W/\"12\" ")).hasValue(12);
    }

    @Test
    void fromGetsTagOnlyTheDetailsVersionCountsNotTheStockMovementsAfterIt() {
        assertThat(IfMatch.version("\"7.42\"")).hasValue(7);
        assertThat(IfMatch.version("W/\"0.3\"")).hasValue(0);
    }

    @Test
    void noHeaderMeansNoVersion() {
        assertThat(IfMatch.version(null)).isEmpty();
        assertThat(IfMatch.version("")).isEmpty();
    }

    @Test
    void anythingButOneProductETagIsRefused() {
        for (var header : new String[] {"*", "7", "\"7\", \"8\"", "\"x\"", "\"-1\"", "\"7.\"", "\".7\"", "\"7.8.9\""}) {
            assertThatThrownBy(() -> IfMatch.version(header))
                    .as(header)
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.field()).isEqualTo("If-Match"));
        }
    }
}
