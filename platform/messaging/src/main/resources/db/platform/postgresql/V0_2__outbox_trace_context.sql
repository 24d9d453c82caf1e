-- The whole trace context an event was raised in, as the configured propagators write it (traceparent, tracestate,
-- baggage: up to 55 + 512 + 8192 characters by the W3C limits), kept as a JSON object of header name to value; the
-- relay publishes the event in it. trace_parent stays: rows written before this migration have only it, and it is
-- still written for a relay of the previous version during a rolling upgrade. Numbered 0.2, below the services' own
-- migrations: applied out of order to a database already past them (ADR 11).
ALTER TABLE ${flyway:defaultSchema}.outbox_event ADD trace_context TEXT;
