package dev.oms.product.persistence;

import dev.oms.product.domain.OrderReservation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Loads and stores the stock each order holds. */
@ApplicationScoped
public class OrderReservationRepository implements PanacheRepositoryBase<OrderReservation, UUID> {}
