-- One object of every kind the Object Explorer lists, in a schema of its own (statements separated by lines of ;;).
DROP SUBSCRIPTION IF EXISTS explorer_fixture_sub
;;
DROP PUBLICATION IF EXISTS explorer_fixture_pub
;;
DROP SERVER IF EXISTS explorer_fixture_server CASCADE
;;
DROP FOREIGN DATA WRAPPER IF EXISTS explorer_fixture_fdw CASCADE
;;
DROP SCHEMA IF EXISTS explorer_fixture CASCADE
;;
CREATE SCHEMA explorer_fixture
;;
COMMENT ON SCHEMA explorer_fixture IS 'Object Explorer test objects'
;;
CREATE TYPE explorer_fixture.mood AS ENUM ('sad', 'ok', 'happy')
;;
CREATE TYPE explorer_fixture.address AS (street text, city text)
;;
CREATE TYPE explorer_fixture.price_range AS RANGE (subtype = numeric)
;;
CREATE DOMAIN explorer_fixture.positive_int AS integer NOT NULL DEFAULT 1 CONSTRAINT positive CHECK (VALUE > 0)
;;
CREATE COLLATION explorer_fixture.plain (provider = libc, locale = 'C')
;;
CREATE TABLE explorer_fixture.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    mood explorer_fixture.mood DEFAULT 'ok',
    name text COLLATE explorer_fixture.plain
)
;;
COMMENT ON TABLE explorer_fixture.customers IS 'People who buy'
;;
COMMENT ON COLUMN explorer_fixture.customers.email IS 'Where receipts go'
;;
CREATE TABLE explorer_fixture.orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES explorer_fixture.customers (id) ON DELETE CASCADE,
    quantity explorer_fixture.positive_int,
    total numeric(12, 2) CHECK (total >= 0),
    during int4range,
    EXCLUDE USING gist (during WITH &&)
)
;;
CREATE INDEX orders_customer_idx ON explorer_fixture.orders (customer_id)
;;
INSERT INTO explorer_fixture.customers (email) SELECT 'c' || g || '@example.com' FROM generate_series(1, 30) g
;;
ANALYZE explorer_fixture.customers
;;
ALTER TABLE explorer_fixture.customers ENABLE ROW LEVEL SECURITY
;;
CREATE POLICY own_rows ON explorer_fixture.customers FOR SELECT TO PUBLIC USING (email = current_user)
;;
CREATE RULE no_delete AS ON DELETE TO explorer_fixture.orders DO INSTEAD NOTHING
;;
CREATE FUNCTION explorer_fixture.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a + b'
;;
CREATE FUNCTION explorer_fixture.add(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT a + b'
;;
CREATE PROCEDURE explorer_fixture.reset_orders() LANGUAGE sql AS 'DELETE FROM explorer_fixture.orders'
;;
CREATE FUNCTION explorer_fixture.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'
;;
CREATE TRIGGER orders_touch BEFORE UPDATE ON explorer_fixture.orders FOR EACH ROW EXECUTE FUNCTION explorer_fixture.touch()
;;
CREATE AGGREGATE explorer_fixture.total_of(integer) (sfunc = int4pl, stype = integer, initcond = '0')
;;
CREATE VIEW explorer_fixture.big_orders AS SELECT id, total FROM explorer_fixture.orders WHERE total > 100
;;
CREATE MATERIALIZED VIEW explorer_fixture.order_totals AS SELECT customer_id, sum(total) AS total FROM explorer_fixture.orders GROUP BY customer_id
;;
CREATE SEQUENCE explorer_fixture.ticket_seq INCREMENT 5 START 100
;;
CREATE TABLE explorer_fixture.events (id bigint, at date NOT NULL) PARTITION BY RANGE (at)
;;
CREATE TABLE explorer_fixture.events_2024 PARTITION OF explorer_fixture.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
;;
CREATE FOREIGN DATA WRAPPER explorer_fixture_fdw
;;
CREATE SERVER explorer_fixture_server FOREIGN DATA WRAPPER explorer_fixture_fdw
;;
CREATE FOREIGN TABLE explorer_fixture.remote_notes (id integer, note text) SERVER explorer_fixture_server
;;
CREATE TABLE explorer_fixture."Order Items" ("Line No" integer PRIMARY KEY, "select" text)
;;
CREATE FUNCTION explorer_fixture.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END'
;;
CREATE EVENT TRIGGER explorer_fixture_ddl ON ddl_command_end EXECUTE FUNCTION explorer_fixture.on_ddl()
;;
CREATE PUBLICATION explorer_fixture_pub FOR TABLE explorer_fixture.customers
;;
CREATE SUBSCRIPTION explorer_fixture_sub CONNECTION 'host=127.0.0.1 dbname=nowhere' PUBLICATION explorer_fixture_pub WITH (connect = false, slot_name = NONE)
