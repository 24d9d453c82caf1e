-- A product's details and price get a version of their own, apart from the row's version (which every stock movement
-- bumps and which the reservations' optimistic guard and the events' ordering keep using): it is the ETag an edit
-- names, so a sale no longer makes an admin's edit stale. The read model shows it.
--
-- Existing rows start at their current version, not at 1: the ETag and version a client read before this migration
-- were the row's version, so an edit sent with one it read of the current state still succeeds, and no number the
-- product already showed for another state can ever be its details version again (the new count only goes up from
-- there).
--
-- The DEFAULT only lets a NOT NULL column be added to a filled table; the UPDATE then gives each row its value, and
-- the application always writes the column. GO ends each batch, so each UPDATE is compiled once its column exists
-- (SQL Server resolves the column names of a whole batch before running any of it).
ALTER TABLE catalog.product ADD details_version BIGINT NOT NULL CONSTRAINT df_product_details_version DEFAULT 0;
GO
UPDATE catalog.product SET details_version = version;
GO

ALTER TABLE catalog.product_view ADD details_version BIGINT NOT NULL CONSTRAINT df_product_view_details_version DEFAULT 0;
GO
UPDATE catalog.product_view SET details_version = version;
