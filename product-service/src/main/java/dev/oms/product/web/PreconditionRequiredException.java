package dev.oms.product.web;

/** An update that says neither which version it was made against: refused, since it could overwrite anything. */
class PreconditionRequiredException extends RuntimeException {

    PreconditionRequiredException() {
        super("Send the version you read, as If-Match (the ETag of GET) or as the body's 'version'");
    }
}
