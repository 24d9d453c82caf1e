-- The W3C traceparent of the span that wrote the event (NULL when no trace was active): the relay publishes the event
-- as a child of it, so the consumers' work joins the trace of the request that caused the event.
ALTER TABLE ordering.outbox_event ADD trace_parent VARCHAR(55) NULL;
