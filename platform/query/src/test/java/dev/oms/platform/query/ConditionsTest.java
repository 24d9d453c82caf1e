package dev.oms.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void noFilterMeansNoWhereClause() {
        var conditions = new Conditions().ifPresent("o.status = :status", null);

        assertThat(conditions.where()).isEmpty();
        assertThat(conditions.parameters()).isEmpty();
    }

    @Test
    void theFiltersGivenAreJoinedWithAndInOrderWithTheirParameters() {
        var conditions = new Conditions()
                .ifPresent("o.customerId = :customerId", "c-7")
                .ifPresent("o.status = :status", null)
                .ifPresent("(o.name like :q or o.sku like :q)", "ab%")
                .add("o.stock > 0", Map.of());

        assertThat(conditions.where())
                .isEqualTo(" where o.customerId = :customerId and (o.name like :q or o.sku like :q) and o.stock > 0");
        assertThat(conditions.parameters()).containsExactly(Map.entry("customerId", "c-7"), Map.entry("q", "ab%"));
    }

    @Test
    void aValueNeedsExactlyOneParameterToGoTo() {
        assertThatThrownBy(() -> new Conditions().ifPresent("o.stock > 0", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Conditions().ifPresent("o.a = :a or o.b = :b", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneParameterBoundTwiceIsAMistake() {
        var conditions = new Conditions().ifPresent("o.a >= :k", 1);

        assertThatThrownBy(() -> conditions.ifPresent("o.b <= :k", 2)).hasMessageContaining(":k");
    }
}
