package dev.oms.order.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderCursorTest {

    @Test
    void aCursorComesBackAsItWentOutAndIsUrlSafe() {
        var cursor = new OrderCursor(
                Instant.parse("2026-03-01T09:00:00.123456Z"), UUID.fromString("ffffffff-ffff-ffff-ffff-fffffffffff0"));

        var text = cursor.encode();

        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(OrderCursor.decode(text)).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "MXwy", "eyJ9"})
    void aGarbledCursorIsRefused(String text) {
        assertThatThrownBy(() -> OrderCursor.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCursorOfAnotherVersionOrWithABadInstantIsRefused() {
        var id = UUID.randomUUID();
        assertThatThrownBy(() -> OrderCursor.decode(encode("2|2026-03-01T09:00:00Z|" + id)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderCursor.decode(encode("1|yesterday|" + id)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderCursor.decode(encode("1|2026-03-01T09:00:00Z|not-a-uuid")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
