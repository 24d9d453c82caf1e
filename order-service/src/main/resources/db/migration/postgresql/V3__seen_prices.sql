-- The unit price the customer saw when ordering, per line, both or neither (price protection: product-service
-- refuses to charge more, or in another currency). Lines placed before this migration have none.
ALTER TABLE ordering.order_line ADD COLUMN seen_unit_price NUMERIC(19, 4);
ALTER TABLE ordering.order_line ADD COLUMN seen_currency CHAR(3);
ALTER TABLE ordering.order_line ADD CONSTRAINT ck_order_line_seen_price
    CHECK ((seen_unit_price IS NULL AND seen_currency IS NULL) OR (seen_unit_price IS NOT NULL AND seen_currency IS NOT NULL));
