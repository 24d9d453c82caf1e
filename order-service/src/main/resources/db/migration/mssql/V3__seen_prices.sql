-- The unit price the customer saw when ordering, per line, both or neither (price protection: product-service
-- refuses to charge more, or in another currency). Lines placed before this migration have none. Adding nullable
-- columns is a metadata-only change on SQL Server: no rows are rewritten.
ALTER TABLE ordering.order_line ADD seen_unit_price DECIMAL(19, 4) NULL;
ALTER TABLE ordering.order_line ADD seen_currency NCHAR(3) NULL;
ALTER TABLE ordering.order_line ADD CONSTRAINT ck_order_line_seen_price
    CHECK ((seen_unit_price IS NULL AND seen_currency IS NULL) OR (seen_unit_price IS NOT NULL AND seen_currency IS NOT NULL));
