-- What staging has done to the shop since production's copy (the schema is @s@; statements separated by ;;).
ALTER TABLE @s@.customers ADD COLUMN phone text
;;
ALTER TABLE @s@.rooms ALTER COLUMN beds SET DEFAULT 1
;;
ALTER TABLE @s@.rooms ADD CONSTRAINT rooms_beds_check CHECK (beds BETWEEN 1 AND 6)
;;
DROP MATERIALIZED VIEW @s@.sales
;;
ALTER TABLE @s@.order_lines ALTER COLUMN quantity TYPE bigint
;;
CREATE MATERIALIZED VIEW @s@.sales AS
    SELECT l.product, sum(l.quantity * l.unit_price) AS revenue FROM @s@.order_lines l GROUP BY l.product
;;
CREATE INDEX sales_product_idx ON @s@.sales (product)
;;
ALTER TABLE @s@.products ALTER COLUMN id SET GENERATED ALWAYS
;;
CREATE TABLE @s@.orders_2027 PARTITION OF @s@.orders FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')
;;
DROP INDEX @s@.products_title_idx
;;
CREATE INDEX products_sku_idx ON @s@.products (sku text_pattern_ops)
;;
CREATE OR REPLACE FUNCTION @s@.order_total(o bigint) RETURNS numeric LANGUAGE sql STABLE
    AS 'SELECT coalesce(sum(quantity * unit_price), 0)::numeric(12, 2) FROM @s@.order_lines WHERE order_id = o'
;;
DROP TRIGGER customers_touch ON @s@.customers
;;
CREATE TRIGGER customers_touch BEFORE INSERT OR UPDATE ON @s@.customers FOR EACH ROW EXECUTE FUNCTION @s@.touch()
;;
CREATE OR REPLACE VIEW @s@.open_orders AS SELECT id, customer, placed FROM @s@.orders WHERE status = 'new'
;;
DROP POLICY own_bookings ON @s@.bookings
;;
CREATE POLICY own_bookings ON @s@.bookings FOR ALL TO ddl_reader USING (customer > 1)
;;
COMMENT ON TABLE @s@.customers IS 'who buys and books'
;;
REVOKE INSERT ON @s@.orders FROM ddl_writer
;;
GRANT SELECT ON @s@.rooms TO ddl_reader
;;
CREATE SEQUENCE @s@.ticket_no
;;
CREATE TYPE @s@.room_kind AS ENUM ('single', 'double')
;;
ALTER TABLE @s@.rooms ADD COLUMN kind @s@.room_kind
;;
DROP PROCEDURE @s@.cancel(bigint)
