package dev.oms.order.web;

/** The caller has the role but asks for what is not theirs (e.g. another customer's orders): 403 saying why. */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
