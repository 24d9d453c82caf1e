package dev.oms.order.persistence;

import dev.oms.order.domain.Order;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Loads and stores the {@link Order} aggregate for the command side. */
@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {
}
