package dev.oms.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InListTest {

    private static final String QUERY = "id in (:ids) order by id";

    @Test
    void eachValueGetsAParameterOfItsOwn() {
        var query = InList.expand(QUERY, "ids", List.of("a", "b"));

        assertThat(query.query()).isEqualTo("id in (:ids0, :ids1) order by id");
        assertThat(query.parameters()).containsExactly(entry("ids0", "a"), entry("ids1", "b"));
    }

    @Test
    void theListIsFilledUpToAPowerOfTwoWithTheLastValue() {
        var query = InList.expand(QUERY, "ids", List.of("a", "b", "c", "d", "e"));

        assertThat(query.query())
                .isEqualTo("id in (:ids0, :ids1, :ids2, :ids3, :ids4, :ids5, :ids6, :ids7) order by id");
        assertThat(query.parameters())
                .hasSize(8)
                .containsEntry("ids4", "e")
                .containsEntry("ids5", "e")
                .containsEntry("ids7", "e");
    }

    @Test
    void listsOfSizesThatRoundToTheSamePowerOfTwoShareOneQuery() {
        var sizes = List.of(List.of(1), List.of(1, 2), List.of(1, 2, 3), List.of(1, 2, 3, 4), List.of(1, 2, 3, 4, 5));

        var queries = sizes.stream()
                .map(values -> InList.expand(QUERY, "ids", values).query())
                .distinct()
                .toList();

        assertThat(queries).hasSize(4);
    }

    @Test
    void otherParametersAreBoundBeside() {
        var query = InList.expand("consumer = :consumer and id in (:ids)", "ids", List.of(7))
                .with("consumer", "c");

        assertThat(query.query()).isEqualTo("consumer = :consumer and id in (:ids0)");
        assertThat(query.parameters()).containsEntry("consumer", "c").containsEntry("ids0", 7);
        assertThatThrownBy(() -> query.with("ids0", 8)).hasMessageContaining(":ids0 is bound twice");
    }

    @Test
    void aListWithoutValuesOrAQueryWithoutTheListIsRefused() {
        assertThatThrownBy(() -> InList.expand(QUERY, "ids", List.of())).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> InList.expand("id = :ids", "ids", List.of(1))).hasMessageContaining("No (:ids)");
    }

    private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return java.util.Map.entry(key, value);
    }
}
