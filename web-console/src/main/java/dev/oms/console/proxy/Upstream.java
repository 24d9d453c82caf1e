package dev.oms.console.proxy;

import java.net.URI;

/** A service the console passes API calls to: its name (shown when it cannot be reached) and its base URL. */
record Upstream(String service, URI base) {

    /** The service's URL for this path and query, as the browser asked the console for it. */
    String resolve(String pathAndQuery) {
        var root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + pathAndQuery;
    }
}
