-- Objects of every kind with every option the DDL generator reproduces, in schema ddl_corpus (statements separated
-- by lines of ;;). Names are chosen so that alphabetical order would break: what is used sorts after its users.
DROP SCHEMA IF EXISTS ddl_corpus CASCADE
;;
CREATE SCHEMA ddl_corpus AUTHORIZATION ddl_owner
;;
COMMENT ON SCHEMA ddl_corpus IS 'DDL oracle corpus'
;;
GRANT USAGE ON SCHEMA ddl_corpus TO ddl_reader
;;
GRANT USAGE, CREATE ON SCHEMA ddl_corpus TO ddl_writer WITH GRANT OPTION
;;
SET search_path = ddl_corpus
;;
ALTER DEFAULT PRIVILEGES FOR ROLE ddl_owner IN SCHEMA ddl_corpus GRANT SELECT ON TABLES TO ddl_reader
;;
ALTER DEFAULT PRIVILEGES FOR ROLE ddl_owner IN SCHEMA ddl_corpus GRANT EXECUTE ON FUNCTIONS TO ddl_writer
    WITH GRANT OPTION
;;
ALTER DEFAULT PRIVILEGES FOR ROLE ddl_writer IN SCHEMA ddl_corpus GRANT USAGE ON SEQUENCES TO PUBLIC
;;
ALTER DEFAULT PRIVILEGES FOR ROLE ddl_writer IN SCHEMA ddl_corpus GRANT USAGE ON TYPES TO ddl_reader
;;
CREATE COLLATION zz_plain (provider = libc, locale = 'C')
;;
CREATE COLLATION zz_nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)
;;
COMMENT ON COLLATION zz_nocase IS 'case-insensitive'
;;
ALTER COLLATION zz_nocase OWNER TO ddl_owner
;;
CREATE TYPE zz_status AS ENUM ('new', 'paid', 'it''s shipped')
;;
COMMENT ON TYPE zz_status IS 'order status'
;;
ALTER TYPE zz_status OWNER TO ddl_owner
;;
GRANT USAGE ON TYPE zz_status TO ddl_reader
;;
CREATE TYPE zz_address AS (street text COLLATE zz_plain, city text, status zz_status)
;;
COMMENT ON COLUMN zz_address.city IS 'town'
;;
CREATE FUNCTION zz_float_diff(a float8, b float8) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a - b'
;;
CREATE TYPE zz_floatrange AS RANGE (subtype = float8, subtype_diff = zz_float_diff, multirange_type_name = zz_floatmultirange)
;;
CREATE TYPE zz_textrange AS RANGE (subtype = text, collation = zz_plain)
;;
CREATE DOMAIN zz_positive AS integer NOT NULL DEFAULT 1 CONSTRAINT zz_positive_check CHECK (VALUE > 0)
;;
CREATE DOMAIN zz_code AS text COLLATE zz_plain CONSTRAINT zz_code_shape CHECK (VALUE ~ '^[A-Z]+$')
;;
ALTER DOMAIN zz_code ADD CONSTRAINT zz_code_short CHECK (length(VALUE) < 10) NOT VALID
;;
COMMENT ON DOMAIN zz_code IS 'upper-case code'
;;
COMMENT ON CONSTRAINT zz_code_shape ON DOMAIN zz_code IS 'letters only'
;;
ALTER DOMAIN zz_code OWNER TO ddl_owner
;;
CREATE FUNCTION zz_normalise(value text, upper_case boolean DEFAULT true, OUT result text, INOUT tally integer DEFAULT 0)
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF COST 5
    SET search_path = pg_catalog SET work_mem = '8MB'
    AS $$
BEGIN
    result := CASE WHEN upper_case THEN upper(value) ELSE lower(value) END;
    tally := tally + 1;
END
$$
;;
COMMENT ON FUNCTION zz_normalise(text, boolean, integer) IS 'normalises text'
;;
CREATE FUNCTION zz_series(n integer) RETURNS SETOF integer LANGUAGE sql STABLE ROWS 42 SECURITY DEFINER
    AS 'SELECT generate_series(1, n)'
;;
REVOKE ALL ON FUNCTION zz_series(integer) FROM PUBLIC
;;
GRANT EXECUTE ON FUNCTION zz_series(integer) TO ddl_reader
;;
ALTER FUNCTION zz_series(integer) OWNER TO ddl_owner
;;
CREATE FUNCTION zz_sum_state(state bigint, value integer) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS 'SELECT coalesce(state, 0) + coalesce(value, 0)'
;;
CREATE AGGREGATE zz_total(integer) (SFUNC = zz_sum_state, STYPE = bigint, INITCOND = '0', PARALLEL = SAFE)
;;
COMMENT ON AGGREGATE zz_total(integer) IS 'sum as bigint'
;;
CREATE AGGREGATE zz_count_all(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0')
;;
CREATE AGGREGATE zz_median(float8 ORDER BY float8) (SFUNC = ordered_set_transition, STYPE = internal,
    FINALFUNC = percentile_cont_float8_final, FINALFUNC_MODIFY = SHAREABLE)
;;
CREATE FUNCTION zz_code_ok(tags zz_status[]) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS 'SELECT tags IS NULL OR cardinality(tags) < 5'
;;
CREATE FUNCTION zz_rank() RETURNS bigint WINDOW LANGUAGE internal AS 'window_rank'
;;
CREATE FUNCTION zz_close(a float8, b float8) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(a - b) < 0.001'
;;
CREATE FUNCTION zz_apart(a float8, b float8) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(a - b) >= 0.001'
;;
CREATE FUNCTION zz_is_new(s zz_status) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT s = ''new'''
;;
CREATE OPERATOR =~= (FUNCTION = zz_close, LEFTARG = float8, RIGHTARG = float8, COMMUTATOR = =~=, NEGATOR = !~=,
    RESTRICT = eqsel, JOIN = eqjoinsel)
;;
CREATE OPERATOR !~= (FUNCTION = zz_apart, LEFTARG = float8, RIGHTARG = float8, COMMUTATOR = !~=, NEGATOR = =~=)
;;
COMMENT ON OPERATOR =~= (float8, float8) IS 'nearly equal'
;;
CREATE OPERATOR @? (FUNCTION = zz_is_new, RIGHTARG = zz_status)
;;
ALTER OPERATOR @? (NONE, zz_status) OWNER TO ddl_owner
;;
CREATE FUNCTION zz_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$
;;
CREATE FUNCTION zz_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = ddl_corpus AS $$
BEGIN
    RETURN NULL;
END
$$
;;
CREATE PROCEDURE zz_archive(IN older_than interval, INOUT moved integer DEFAULT 0) LANGUAGE plpgsql AS $$
BEGIN
    moved := 0;
END
$$
;;
CREATE SEQUENCE zz_invoice_seq AS integer START WITH 1000 INCREMENT BY 5 MINVALUE 100 MAXVALUE 999999 CACHE 10 CYCLE
;;
COMMENT ON SEQUENCE zz_invoice_seq IS 'invoice numbers'
;;
GRANT USAGE ON SEQUENCE zz_invoice_seq TO ddl_writer
;;
CREATE UNLOGGED SEQUENCE zz_scratch_seq
;;
CREATE TABLE zz_customers (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 2) PRIMARY KEY,
    email text NOT NULL,
    "Display Name" text COLLATE zz_nocase,
    code zz_code,
    address zz_address,
    status zz_status NOT NULL DEFAULT 'new',
    invoice integer DEFAULT nextval('zz_invoice_seq'),
    name_key text GENERATED ALWAYS AS (zz_normalise(email)) STORED,
    notes text COMPRESSION pglz,
    CONSTRAINT zz_customers_email_key UNIQUE (email) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT email_shape CHECK (email LIKE '%@%')
) WITH (fillfactor = 80, autovacuum_enabled = false, toast.autovacuum_enabled = false)
;;
ALTER TABLE zz_customers ALTER COLUMN email SET STATISTICS 500
;;
ALTER TABLE zz_customers ALTER COLUMN email SET (n_distinct = -1)
;;
ALTER TABLE zz_customers ALTER COLUMN notes SET STORAGE EXTERNAL
;;
ALTER TABLE zz_customers ADD CONSTRAINT zz_customers_code_check CHECK (code <> 'X') NOT VALID
;;
ALTER TABLE zz_customers ENABLE ROW LEVEL SECURITY
;;
ALTER TABLE zz_customers FORCE ROW LEVEL SECURITY
;;
ALTER TABLE zz_customers REPLICA IDENTITY FULL
;;
COMMENT ON TABLE zz_customers IS 'People who buy'
;;
COMMENT ON COLUMN zz_customers."Display Name" IS 'shown on receipts'
;;
COMMENT ON CONSTRAINT email_shape ON zz_customers IS 'must hold an at sign'
;;
ALTER TABLE zz_customers OWNER TO ddl_owner
;;
GRANT SELECT, INSERT ON zz_customers TO ddl_writer WITH GRANT OPTION
;;
GRANT SELECT (email, status), UPDATE (status) ON zz_customers TO ddl_reader
;;
SET ROLE ddl_writer
;;
GRANT INSERT ON zz_customers TO ddl_reader
;;
RESET ROLE
;;
REVOKE TRUNCATE ON zz_customers FROM ddl_owner
;;
CREATE POLICY own_rows ON zz_customers FOR SELECT TO ddl_reader, ddl_writer USING (email = current_user)
;;
CREATE POLICY no_x ON zz_customers AS RESTRICTIVE USING (code IS DISTINCT FROM 'XX') WITH CHECK (status <> 'paid')
;;
COMMENT ON POLICY own_rows ON zz_customers IS 'only your rows'
;;
CREATE INDEX zz_customers_lower ON zz_customers USING btree (lower(email) text_pattern_ops DESC NULLS LAST)
    WITH (fillfactor = 70) WHERE status <> 'paid'
;;
CREATE INDEX zz_customers_hash ON zz_customers USING hash (email)
;;
ALTER INDEX zz_customers_lower ALTER COLUMN 1 SET STATISTICS 300
;;
COMMENT ON INDEX zz_customers_hash IS 'equality lookups'
;;
ALTER TABLE zz_customers CLUSTER ON zz_customers_pkey
;;
CREATE STATISTICS zz_customers_stats (ndistinct, dependencies) ON email, status FROM zz_customers
;;
ALTER STATISTICS zz_customers_stats SET STATISTICS 200
;;
COMMENT ON STATISTICS zz_customers_stats IS 'email and status go together'
;;
CREATE STATISTICS zz_customers_expr_stats ON lower(email), status FROM zz_customers
;;
CREATE TABLE a_orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL,
    quantity zz_positive,
    placed tstzrange,
    updated_at timestamptz,
    tags zz_status[],
    CONSTRAINT a_orders_code_ok CHECK (zz_code_ok(tags)),
    CONSTRAINT a_orders_no_overlap EXCLUDE USING gist (placed WITH &&) DEFERRABLE
)
;;
ALTER TABLE a_orders ADD CONSTRAINT a_orders_customer_fk FOREIGN KEY (customer_id) REFERENCES zz_customers (id)
    ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID
;;
COMMENT ON COLUMN a_orders.id IS 'serial key'
;;
GRANT SELECT ON SEQUENCE a_orders_id_seq TO ddl_reader
;;
CREATE TRIGGER a_orders_touch BEFORE UPDATE OF quantity, placed ON a_orders
    FOR EACH ROW WHEN (OLD.quantity IS DISTINCT FROM NEW.quantity) EXECUTE FUNCTION zz_touch()
;;
CREATE CONSTRAINT TRIGGER a_orders_audit AFTER INSERT OR DELETE ON a_orders DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION zz_audit()
;;
CREATE TRIGGER a_orders_statement AFTER TRUNCATE ON a_orders FOR EACH STATEMENT EXECUTE FUNCTION zz_audit()
;;
ALTER TABLE a_orders DISABLE TRIGGER a_orders_statement
;;
COMMENT ON TRIGGER a_orders_touch ON a_orders IS 'keeps updated_at'
;;
CREATE RULE a_orders_no_delete AS ON DELETE TO a_orders WHERE OLD.quantity > 100 DO INSTEAD NOTHING
;;
COMMENT ON RULE a_orders_no_delete ON a_orders IS 'big orders stay'
;;
CREATE RULE a_orders_no_update AS ON UPDATE TO a_orders DO ALSO NOTIFY a_orders
;;
ALTER TABLE a_orders DISABLE RULE a_orders_no_update
;;
ALTER TABLE a_orders ENABLE ALWAYS TRIGGER a_orders_touch
;;
CREATE FUNCTION a_latest_customer() RETURNS zz_customers LANGUAGE sql STABLE
    AS 'SELECT * FROM ddl_corpus.zz_customers ORDER BY id DESC LIMIT 1'
;;
CREATE INDEX a_orders_tag_check ON a_orders (zz_code_ok(tags))
;;
CREATE UNLOGGED TABLE b_scratch (id integer, payload jsonb)
;;
CREATE TYPE zz_point AS (x integer, y integer)
;;
CREATE TABLE a_typed OF zz_point (x WITH OPTIONS DEFAULT 0 NOT NULL, CONSTRAINT a_typed_y CHECK (y > 0))
;;
CREATE TABLE a_typed_plain OF zz_point
;;
CREATE TABLE c_events (
    id bigint GENERATED BY DEFAULT AS IDENTITY,
    happened date NOT NULL,
    kind text NOT NULL DEFAULT 'misc',
    detail text
) PARTITION BY RANGE (happened)
;;
ALTER TABLE c_events ADD PRIMARY KEY (id, happened)
;;
CREATE INDEX c_events_kind ON c_events (kind)
;;
CREATE TABLE c_events_2024 PARTITION OF c_events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
;;
CREATE TABLE c_events_rest PARTITION OF c_events (kind DEFAULT 'other') DEFAULT
;;
CREATE TABLE c_events_2025 PARTITION OF c_events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY HASH (id)
;;
CREATE TABLE c_events_2025_even PARTITION OF c_events_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 0)
;;
CREATE TABLE c_events_2025_odd PARTITION OF c_events_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 1)
;;
CREATE TABLE c_listed (id integer NOT NULL, label text) PARTITION BY LIST (label)
;;
CREATE TABLE c_listed_ab PARTITION OF c_listed FOR VALUES IN ('a', 'b')
;;
CREATE TABLE c_listed_null PARTITION OF c_listed FOR VALUES IN (NULL)
;;
CREATE INDEX c_listed_id ON ONLY c_listed (id)
;;
CREATE INDEX c_listed_ab_id_named ON c_listed_ab (id)
;;
CREATE TRIGGER c_listed_audit AFTER INSERT ON c_listed FOR EACH ROW EXECUTE FUNCTION zz_audit()
;;
ALTER INDEX c_listed_id ATTACH PARTITION c_listed_ab_id_named
;;
CREATE TABLE d_base (id integer NOT NULL, created timestamptz DEFAULT now(), note text,
    CONSTRAINT d_base_id_positive CHECK (id > 0))
;;
CREATE TABLE d_child (extra text, note text NOT NULL DEFAULT 'child') INHERITS (d_base)
;;
ALTER TABLE d_child ALTER COLUMN created SET DEFAULT clock_timestamp()
;;
CREATE TABLE d_other_base (flag boolean)
;;
CREATE TABLE d_grandchild (CONSTRAINT d_grandchild_flag CHECK (flag IS NOT NULL) NO INHERIT)
    INHERITS (d_child, d_other_base)
;;
ALTER TABLE d_grandchild ALTER COLUMN created DROP DEFAULT
;;
CREATE VIEW zz_customer_names WITH (security_barrier = true) AS
    SELECT id, email, status FROM zz_customers WHERE status <> 'paid'
    WITH CASCADED CHECK OPTION
;;
ALTER VIEW zz_customer_names ALTER COLUMN status SET DEFAULT 'new'
;;
COMMENT ON VIEW zz_customer_names IS 'unpaid customers'
;;
GRANT SELECT ON zz_customer_names TO ddl_reader
;;
CREATE VIEW a_close_enough AS SELECT 1.0::float8 =~= 1.0 AS close, @? 'new'::zz_status AS fresh
;;
CREATE VIEW a_order_summary AS
    SELECT n.email, count(o.id) AS orders, zz_total(o.quantity) AS quantity
    FROM zz_customer_names n JOIN a_orders o ON o.customer_id = n.id
    GROUP BY n.email
;;
CREATE RULE a_order_summary_ins AS ON INSERT TO a_order_summary DO INSTEAD NOTHING
;;
CREATE MATERIALIZED VIEW b_order_totals WITH (fillfactor = 90) AS
    SELECT email, orders FROM a_order_summary
;;
CREATE UNIQUE INDEX b_order_totals_email ON b_order_totals (email)
;;
COMMENT ON MATERIALIZED VIEW b_order_totals IS 'per customer'
;;
ALTER MATERIALIZED VIEW b_order_totals OWNER TO ddl_owner
;;
CREATE FUNCTION a_customer_count() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM zz_customers;
END
;;
CREATE FOREIGN TABLE e_remote (
    id integer OPTIONS (column_name 'remote_id') NOT NULL,
    label text COLLATE zz_plain DEFAULT 'none'
) SERVER ddl_corpus_server OPTIONS (table_name 'remote_things')
;;
COMMENT ON FOREIGN TABLE e_remote IS 'lives elsewhere'
;;
CREATE TABLE "Mixed Case" ("Key" integer PRIMARY KEY, "select" text)
;;
ALTER TABLE "Mixed Case" REPLICA IDENTITY USING INDEX "Mixed Case_pkey"
;;
CREATE TABLE zz_child_of_view_user (id integer REFERENCES "Mixed Case" ("Key") MATCH FULL)
;;
ALTER TABLE c_listed ADD CONSTRAINT c_listed_key_fk FOREIGN KEY (id) REFERENCES "Mixed Case" ("Key")
