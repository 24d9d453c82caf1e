-- Creates, once, what each service needs in SQL Server: its own database, login and user, and the schema it owns.
-- Run by the sqlserver-init container of docker-compose.yml with sqlcmd variables PRODUCT_DB_PASSWORD and
-- ORDER_DB_PASSWORD. Flyway then creates the tables inside each schema.
IF DB_ID('oms_product') IS NULL CREATE DATABASE oms_product;
GO
IF DB_ID('oms_order') IS NULL CREATE DATABASE oms_order;
GO
-- Readers see the last committed version of a row instead of waiting for (or deadlocking with) the writer that holds
-- it, as on PostgreSQL: list queries and the relay's scans never block behind a reservation. Each service warns at
-- start-up when its database has it off. WITH ROLLBACK IMMEDIATE: the switch needs the database to itself.
IF (SELECT is_read_committed_snapshot_on FROM sys.databases WHERE name = 'oms_product') = 0
    ALTER DATABASE oms_product SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
GO
IF (SELECT is_read_committed_snapshot_on FROM sys.databases WHERE name = 'oms_order') = 0
    ALTER DATABASE oms_order SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
GO
IF SUSER_ID('product_service') IS NULL CREATE LOGIN product_service WITH PASSWORD = '$(PRODUCT_DB_PASSWORD)', CHECK_POLICY = OFF;
GO
IF SUSER_ID('order_service') IS NULL CREATE LOGIN order_service WITH PASSWORD = '$(ORDER_DB_PASSWORD)', CHECK_POLICY = OFF;
GO
USE oms_product;
GO
IF USER_ID('product_service') IS NULL CREATE USER product_service FOR LOGIN product_service;
GO
IF SCHEMA_ID('catalog') IS NULL EXEC('CREATE SCHEMA catalog AUTHORIZATION product_service');
GO
ALTER USER product_service WITH DEFAULT_SCHEMA = catalog;
GRANT CREATE TABLE, CREATE VIEW, CREATE PROCEDURE TO product_service;
GO
USE oms_order;
GO
IF USER_ID('order_service') IS NULL CREATE USER order_service FOR LOGIN order_service;
GO
IF SCHEMA_ID('ordering') IS NULL EXEC('CREATE SCHEMA ordering AUTHORIZATION order_service');
GO
ALTER USER order_service WITH DEFAULT_SCHEMA = ordering;
GRANT CREATE TABLE, CREATE VIEW, CREATE PROCEDURE TO order_service;
GO
