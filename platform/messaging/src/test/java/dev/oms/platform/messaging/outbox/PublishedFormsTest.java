package dev.oms.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.events.order.OrderCancelled;
import dev.oms.events.product.StockRejected;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublishedFormsTest {

    sealed interface Happened {
        record Cancelled(UUID orderId, String why) implements Happened {}

        record Refused(UUID orderId) implements Happened {}

        sealed interface Internal extends Happened {
            record Noted(UUID orderId) implements Internal {}
        }
    }

    private static final UUID ORDER = UUID.randomUUID();

    @Test
    void eachEventBecomesTheContractOfItsType() {
        var forms = complete().build();

        assertThat(forms.of(new Happened.Cancelled(ORDER, "late"))).isEqualTo(new OrderCancelled(ORDER, "late"));
        assertThat(forms.of(new Happened.Refused(ORDER))).isEqualTo(new StockRejected(ORDER, List.of()));
        assertThat(forms.of(new Happened.Internal.Noted(ORDER))).isEqualTo(new OrderCancelled(ORDER, "noted"));
    }

    @Test
    void aMemberOfTheSealedFamilyWithoutAFormIsRefusedWhenBuilt() {
        var incomplete = PublishedForms.of(Happened.class)
                .form(Happened.Cancelled.class, cancelled -> new OrderCancelled(cancelled.orderId(), cancelled.why()));

        assertThatThrownBy(incomplete::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[Noted, Refused]");
    }

    @Test
    void twoFormsForOneEventAreRefused() {
        assertThatThrownBy(() -> complete().form(Happened.Refused.class, refused -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refused");
    }

    @Test
    void anEventOfAFamilyThatIsNotSealedWithoutAFormIsRefusedWhenPublished() {
        var forms = PublishedForms.of(Record.class).build();

        assertThatThrownBy(() -> forms.of(new Happened.Refused(ORDER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no published form");
        assertThat(forms).hasToString("published forms of Record");
    }

    private static PublishedForms.Builder<Happened> complete() {
        return PublishedForms.of(Happened.class)
                .form(Happened.Cancelled.class, cancelled -> new OrderCancelled(cancelled.orderId(), cancelled.why()))
                .form(Happened.Refused.class, refused -> new StockRejected(refused.orderId(), List.of()))
                .form(Happened.Internal.Noted.class, noted -> new OrderCancelled(noted.orderId(), "noted"));
    }
}
