package dev.oms.platform.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.Test;

/** The columns the command side's aggregate writes are the ones every read row maps. */
class AggregateRowTest {

    static class Row extends AggregateRow {}

    @Test
    void mapsTheIdVersionAndLastChangeEveryAggregateTableHas() throws NoSuchFieldException {
        assertThat(AggregateRow.class).hasAnnotation(MappedSuperclass.class);
        assertThat(AggregateRow.class.getField("id").isAnnotationPresent(Id.class))
                .isTrue();
        assertThat(AggregateRow.class.getField("version").getAnnotations()).isEmpty();
        assertThat(AggregateRow.class
                        .getField("updatedAt")
                        .getAnnotation(Column.class)
                        .name())
                .isEqualTo("updated_at");
    }

    @Test
    void aNewRowIsAtVersionZero() {
        var row = new Row();

        assertThat(row.version).isZero();
        assertThat(row.id).isNull();
        assertThat(row.updatedAt).isNull();
    }
}
