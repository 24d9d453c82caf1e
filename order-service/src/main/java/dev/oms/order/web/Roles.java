package dev.oms.order.web;

/** The roles this API knows, as the token's {@code groups} claim carries them. */
public final class Roles {

    /** Places orders, reads and lists their own, cancels their own while PENDING or CONFIRMED. */
    public static final String CUSTOMER = "customer";

    /** Staff: reads and lists every order, ships, delivers and cancels them. */
    public static final String FULFILMENT = "fulfilment";

    private Roles() {}
}
