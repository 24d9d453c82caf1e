package dev.oms.product.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.product.query.ProductSort.Direction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static final UUID ID = UUID.fromString("0b8f4c8e-3c1a-4d2e-9f10-2a3b4c5d6e7f");

    @Test
    void aCursorReadsBackAsItWasMadeEvenWhenTheKeyHoldsTheSeparator() {
        var cursor = new Cursor(ProductSort.NAME, Direction.DESC, "Cable | 2 m", ID);

        var encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(encoded, ProductSort.NAME, Direction.DESC)).isEqualTo(cursor);
    }

    @Test
    void aCursorMadeForAnotherSortOrDirectionIsRefused() {
        var encoded = new Cursor(ProductSort.PRICE, Direction.ASC, "10.0000", ID).encode();

        assertThatThrownBy(() -> Cursor.decode(encoded, ProductSort.NAME, Direction.ASC))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("price,asc");
        assertThatThrownBy(() -> Cursor.decode(encoded, ProductSort.PRICE, Direction.DESC))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void garbledCursorsAreRefused() {
        var notBase64 = "%%%";
        var notOurs = Base64.getUrlEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        var badKey = Base64.getUrlEncoder()
                .encodeToString(("1|price|ASC|" + ID + "|cheap").getBytes(StandardCharsets.UTF_8));
        var badId = Base64.getUrlEncoder().encodeToString("1|name|ASC|not-a-uuid|A".getBytes(StandardCharsets.UTF_8));

        for (var garbled : new String[] {notBase64, notOurs, badKey, badId}) {
            assertThatThrownBy(() -> Cursor.decode(garbled, ProductSort.PRICE, Direction.ASC))
                    .as(garbled)
                    .isInstanceOf(InvalidCursorException.class);
        }
    }
}
