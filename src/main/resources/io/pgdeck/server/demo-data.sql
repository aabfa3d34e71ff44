-- pgdeck demo database, part 2: its rows, then the indexes and what else is built over them.
-- Runs right after demo.sql, in the same transaction, under the same rules (see there).

-- ---------------------------------------------------------------------------
-- Data: customers (5,000)
-- ---------------------------------------------------------------------------

-- A few hand-written rows with awkward names first.
INSERT INTO store.customers (id, external_id, first_name, last_name, email, phone, birth_date,
                             country_code, marketing_opt_in, loyalty_points, notes, created_at)
OVERRIDING SYSTEM VALUE
VALUES
 (1, md5('customer-1')::uuid, 'Siobhán',   'O''Brien',      'siobhan.obrien@example.ie', '+353 1 555 0101', '1984-03-17', 'IE', true,  1200, 'Prefers delivery after 17:00.', '2022-06-01 09:15:00+00'),
 (2, md5('customer-2')::uuid, 'Zoë',       'Müller',        'zoe.mueller@example.de',    '+49 30 5550102',  '1991-11-02', 'DE', false,  300, NULL,                             '2022-06-03 14:02:00+00'),
 (3, md5('customer-3')::uuid, 'José',      'Álvarez García','jose.alvarez@example.es',   NULL,              '1978-07-25', 'ES', true,     0, 'Ask for "Pepe" on the phone.',   '2022-06-05 18:40:00+00'),
 (4, md5('customer-4')::uuid, 'Ziggy 🚀',  'Stardust',      'ziggy@example.com',         '+1 555 0104',     NULL,         'US', true,  4200, 'Emoji in the first name 🎸',     '2022-06-07 21:12:00+00'),
 (5, md5('customer-5')::uuid, '小龙',      '李',            'xiaolong.li@example.cn',    '+86 10 5550 1050','1990-01-01', 'CN', false,    0, NULL,                             '2022-06-10 03:30:00+00'),
 (6, md5('customer-6')::uuid, 'Łukasz',    'Dvořák',        'lukasz.dvorak@example.pl',  NULL,              '1969-12-31', 'PL', false,   50, 'Semicolon; comma, and ''quotes''.', '2022-06-12 11:00:00+00'),
 (7, md5('customer-7')::uuid, 'Minh',      'Nguyễn',        'minh.nguyen@example.vn',    '+84 24 5550 107', '2000-02-29', 'VN', true,   780, NULL,                             '2022-06-15 07:45:00+00'),
 (8, md5('customer-8')::uuid, 'François',  'D''Arcy',       'francois.darcy@example.fr', '+33 1 55 50 01 08', '1955-05-05', 'FR', false, 15, 'Line one' || chr(10) || 'Line two', '2022-06-20 16:20:00+00');

INSERT INTO store.customers (id, external_id, first_name, last_name, email, phone, birth_date,
                             country_code, marketing_opt_in, loyalty_points, notes, created_at)
OVERRIDING SYSTEM VALUE
SELECT s.g,
       md5('customer-' || s.g)::uuid,
       s.first_name,
       s.last_name,
       coalesce(nullif(regexp_replace(translate(lower(s.first_name),
                    'áàâäãåçéèêëíìîïñóòôöõøúùûüýÿłšřžčćńśźżőűığşăț',
                    'aaaaaaceeeeiiiinoooooouuuuyylsrzccnszzouigsat'), '[^a-z0-9]+', '', 'g'), ''), 'user')
         || '.' ||
       coalesce(nullif(regexp_replace(translate(lower(s.last_name),
                    'áàâäãåçéèêëíìîïñóòôöõøúùûüýÿłšřžčćńśźżőűığşăț',
                    'aaaaaaceeeeiiiinoooooouuuuyylsrzccnszzouigsat'), '[^a-z0-9]+', '', 'g'), ''), 'x')
         || s.g || '@' || (ARRAY['example.com', 'example.org', 'example.net', 'mail.example'])[1 + s.g % 4],
       CASE WHEN s.r1 < 0.3 THEN NULL
            ELSE '+1 555 ' || lpad((s.g * 7919 % 10000)::text, 4, '0') END,
       CASE WHEN s.r2 < 0.15 THEN NULL
            ELSE date '1950-01-01' + (s.r3 * 18250)::int END,
       (ARRAY['US','US','US','GB','DE','FR','ES','IT','NL','SE','PL','CA','AU','JP','BR','IE'])[1 + (s.r4 * 16)::int % 16],
       s.r5 < 0.4,
       CASE WHEN s.r6 < 0.5 THEN 0 ELSE (s.r6 * 2000)::int END,
       CASE WHEN s.g % 53 = 0 THEN 'VIP customer'
            WHEN s.g % 71 = 0 THEN 'Requested account deletion, pending review'
            ELSE NULL END,
       date_trunc('second', timestamptz '2022-07-01 00:00:00+00' + (s.g - 9) * interval '2 hours' + s.r1 * interval '90 minutes')
FROM (
    SELECT g,
           (ARRAY['Amélie','Björn','Chloé','Dmitri','Élodie','Fatima','Göran','Hiroshi','Inés','Jürgen',
                  'Katarzyna','Léa','Mateo','Noémie','Oskar','Priya','Rafael','Sofía','Thomas','Ursula',
                  'Václav','Wei','Xavier','Yasmin','Zoltán','Anna','James','Olivia','Liam','Emma',
                  'Noah','Ava','Lucas','Mia','Ethan','Sara','Kenji','Aoife','Mohammed','Ingrid'])[1 + (random() * 40)::int % 40] AS first_name,
           (ARRAY['Smith','Johnson','García','Müller','Rossi','Dubois','Kowalski','Nowak','Jensen','Andersson',
                  'Silva','Novák','O''Connor','Tanaka','Kim','Nguyen','Schmidt','López','Bianchi','Fernández',
                  'Horváth','Øvergaard','Papadopoulos','Yılmaz','Brown','Wilson','Martin','Lefèvre','Łukaszewicz','MacDonald',
                  'Williams','Jones','Taylor','Moreau','Costa','Sato','Larsen','Popescu','Ó Súilleabháin','van der Berg'])[1 + (random() * 40)::int % 40] AS last_name,
           random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
    FROM generate_series(9, 5000) AS g
    ORDER BY g
    OFFSET 0
) AS s;

SELECT setval(pg_get_serial_sequence('store.customers', 'id'), (SELECT max(id) FROM store.customers));

-- ---------------------------------------------------------------------------
-- Data: products (500)
-- ---------------------------------------------------------------------------

INSERT INTO store.products (id, sku, name, category, description, price, cost, stock, active,
                            attributes, tags, thumbnail, warranty, released_on, created_at)
VALUES
 (1, 'CAB-0001', 'Cable; USB-C to USB-C, 1 m', 'Cables', 'Braided cable. Note the semicolon in the name.', 12.90, 3.10, 250, true,
     '{"color": "black", "length_m": 1, "connectors": ["USB-C", "USB-C"], "max_watts": 100}', '{cable,usb-c,charging}',
     '\x89504e470d0a1a0a0000000d494844520000000400000004080200000026930929000000104944415478da63b8636303470cc4710032d21541860573d50000000049454e44ae426082',
     interval '1 year', '2021-03-01', '2022-05-01 10:00:00+00'),
 (2, 'KIT-0002', 'Café Crème Mug ☕', 'Kitchen', 'Stoneware mug, 350 ml.', 9.50, 2.20, 80, true,
     '{"color": "crème", "volume_ml": 350, "dishwasher_safe": true}', '{mug,coffee,café}',
     '\x89504e470d0a1a0a0000000d494844520000000400000004080200000026930929000000104944415478da63b0e9b903470cc47100a0d21a412bd7a2e60000000049454e44ae426082',
     NULL, '2020-10-10', '2022-05-01 10:05:00+00'),
 (3, 'AUD-0003', 'Noise-cancelling Headphones 🎧', 'Audio', 'Over-ear, 30 h battery.', 249.00, 120.00, 12, true,
     '{"color": "silver", "battery_h": 30, "bluetooth": "5.3", "weight_g": 254}', '{audio,wireless,anc}',
     '\x89504e470d0a1a0a0000000d494844520000000400000004080200000026930929000000104944415478da63b0d91205470cc4710016b214a1aefbcc390000000049454e44ae426082',
     interval '2 years', '2023-09-15', '2022-05-01 10:10:00+00'),
 (4, 'OFF-0004', 'Free Sample Sticker', 'Office', 'Given away with orders.', 0.00, 0.05, 10000, true,
     '{"size_cm": {"w": 5, "h": 5}}', '{free,sticker}', NULL, NULL, NULL, '2022-05-01 10:15:00+00'),
 (5, 'BOO-0005', 'Smörgåsbord Cookbook', 'Books', 'Swedish recipes — 240 pages.', 34.00, 11.00, 40, true,
     '{"pages": 240, "language": "sv", "isbn": "978-0-000-00000-5"}', '{book,cooking,sweden}', NULL, NULL, '2019-04-01', '2022-05-01 10:20:00+00'),
 (6, 'OUT-0006', 'Old Rope "Vintage" Hammock', 'Outdoor', NULL, 89.99, 40.00, 0, true,
     '{"color": "natural", "max_load_kg": 150}', '{}', NULL, interval '6 months', '2018-06-21', '2022-05-01 10:25:00+00'),
 (7, 'TOY-0007', 'Children''s Puzzle — 1000 pieces', 'Toys', 'Ages 8+.', 19.95, 6.00, 65, true,
     '{"pieces": 1000, "age_min": 8}', '{puzzle,kids}', NULL, NULL, '2021-11-11', '2022-05-01 10:30:00+00'),
 (8, 'OFF-0008', 'Discontinued Fax Machine', 'Office', 'No longer sold.', 199.00, NULL, 3, false,
     '{"color": "beige", "paper": "A4", "discontinued": true}', '{legacy}', NULL, interval '1 year', '1999-01-01', '2022-05-01 10:35:00+00');

INSERT INTO store.products (id, sku, name, category, description, price, cost, stock, active,
                            attributes, tags, thumbnail, warranty, released_on, created_at)
SELECT s.g,
       upper(left(s.category, 3)) || '-' || lpad(s.g::text, 4, '0'),
       s.adjective || ' ' || s.noun || ' ' || (ARRAY['S','M','L','XL','200','300','500','Pro','Max','Lite'])[1 + s.g % 10],
       s.category,
       CASE WHEN s.r1 < 0.2 THEN NULL
            ELSE 'A ' || lower(s.adjective) || ' ' || lower(s.noun) || ' for everyday use.' END,
       s.price,
       CASE WHEN s.r2 < 0.1 THEN NULL ELSE round(s.price * (0.3 + s.r2 * 0.4)::numeric, 2) END,
       (s.r3 * 500)::int,
       s.g % 37 <> 0,
       jsonb_strip_nulls(jsonb_build_object(
           'color',    (ARRAY['red','green','blue','black','white','grey','yellow','orange', NULL])[1 + s.g % 9],
           'weight_g', 50 + (s.r4 * 5000)::int,
           'dimensions_cm', jsonb_build_object('w', 5 + s.g % 40, 'h', 3 + s.g % 25, 'd', 1 + s.g % 15),
           'fragile',  s.g % 6 = 0,
           'origin',   (ARRAY['DE','CN','US','VN','PL','IT', NULL])[1 + s.g % 7])),
       (ARRAY['new','sale','bestseller','eco','gift','limited','bundle','premium','budget','outlet','seasonal','handmade'])
           [1 + s.g % 10 : 1 + s.g % 10 + s.g % 3],
       CASE WHEN s.g % 25 = 0 THEN decode(md5('thumbnail-' || s.g), 'hex') ELSE NULL END,
       (ARRAY[interval '90 days', interval '6 months', interval '1 year', interval '2 years', interval '3 years', NULL])[1 + s.g % 6],
       CASE WHEN s.r5 < 0.1 THEN NULL ELSE date '2015-01-01' + (s.r5 * 3000)::int END,
       timestamptz '2022-05-02 00:00:00+00' + (s.g - 9) * interval '3 hours 17 minutes'
FROM (
    SELECT g,
           (ARRAY['Audio','Books','Cables','Computers','Garden','Kitchen','Office','Outdoor','Toys','Wearables'])[1 + g % 10] AS category,
           (ARRAY['Compact','Deluxe','Eco','Ultra','Classic','Smart','Pro','Mini','Rugged','Élégant',
                  'Nordic','Urban','Vintage','Turbo','Silent'])[1 + (random() * 15)::int % 15] AS adjective,
           (ARRAY['Speaker','Notebook','Adapter','Keyboard','Trowel','Kettle','Stapler','Tent','Robot','Watch',
                  'Lamp','Backpack','Blender','Charger','Monitor','Bottle','Drone','Chair'])[1 + (random() * 18)::int % 18] AS noun,
           round((1.99 + power(random(), 3) * 598)::numeric, 2) AS price,
           random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
    FROM generate_series(9, 500) AS g
    ORDER BY g
    OFFSET 0
) AS s;

SELECT setval(pg_get_serial_sequence('store.products', 'id'), (SELECT max(id) FROM store.products));

-- ---------------------------------------------------------------------------
-- Data: orders (20,000)
-- ---------------------------------------------------------------------------

INSERT INTO store.orders (id, public_id, customer_id, status, shipping_country, ship_by, delivery_window,
                          gift_message, signature, created_at, paid_at, shipped_at)
SELECT s.g,
       md5('order-' || s.g)::uuid,
       s.customer_id,
       s.status,
       (ARRAY['US','US','US','GB','DE','FR','ES','IT','NL','SE','PL','CA','AU','JP','BR','IE'])[1 + s.g % 16],
       (s.created_at + interval '5 days')::date,
       (ARRAY[interval '2 days', interval '3 days', interval '5 days', interval '1 week', interval '36 hours', NULL])[1 + s.g % 6],
       CASE WHEN s.g % 97 = 0 THEN 'Happy birthday! 🎂'
            WHEN s.g % 89 = 0 THEN 'Joyeux Noël et bonne année'
            WHEN s.g % 83 = 0 THEN 'Thanks for everything; see you soon'
            ELSE NULL END,
       CASE WHEN s.status = 'delivered' AND s.g % 2 = 0 THEN sha256(convert_to('signature-' || s.g, 'UTF8')) ELSE NULL END,
       s.created_at,
       CASE WHEN s.status IN ('paid','shipped','delivered') THEN date_trunc('second', s.created_at + interval '1 minute' + s.r2 * interval '2 hours') END,
       CASE WHEN s.status IN ('shipped','delivered') THEN date_trunc('second', s.created_at + interval '2 hours 1 minute' + s.r3 * interval '3 days') END
FROM (
    SELECT t.g,
           t.customer_id,
           t.created_at,
           t.r2,
           t.r3,
           CASE
               WHEN t.g > 19700 THEN CASE WHEN t.r1 < 0.5 THEN 'pending' ELSE 'paid' END
               WHEN t.g > 19000 THEN CASE WHEN t.r1 < 0.1 THEN 'pending' WHEN t.r1 < 0.4 THEN 'paid' ELSE 'shipped' END
               WHEN t.r1 < 0.04 THEN 'cancelled'
               WHEN t.r1 < 0.05 THEN 'pending'
               WHEN t.r1 < 0.07 THEN 'paid'
               WHEN t.r1 < 0.10 THEN 'shipped'
               ELSE 'delivered'
           END::store.order_status AS status
    FROM (
        SELECT g,
               1 + (power(random(), 1.5) * 5000)::int % 5000 AS customer_id,
               date_trunc('second', timestamptz '2023-01-01 08:00:00+00' + (g - 1) * interval '52 minutes' + random() * interval '50 minutes') AS created_at,
               random() AS r1, random() AS r2, random() AS r3
        FROM generate_series(1, 20000) AS g
        ORDER BY g
        OFFSET 0
    ) AS t
) AS s
ORDER BY s.g;

SELECT setval(pg_get_serial_sequence('store.orders', 'id'), (SELECT max(id) FROM store.orders));

-- ---------------------------------------------------------------------------
-- Data: order items (60,000: 1 to 5 per order)
-- ---------------------------------------------------------------------------

INSERT INTO store.order_items (id, order_id, product_id, quantity, unit_price)
SELECT row_number() OVER (ORDER BY x.order_id, x.k),
       x.order_id,
       x.product_id,
       x.quantity,
       round(p.price * CASE WHEN x.r < 0.15 THEN 0.85 ELSE 1 END, 2)
FROM (
    SELECT o.id AS order_id,
           k,
           1 + (o.id * 37 + k * 131) % 500 AS product_id,
           1 + floor(power(random(), 4) * 4)::int AS quantity,
           random() AS r
    FROM store.orders o
    CROSS JOIN LATERAL generate_series(1, 1 + (o.id * 7) % 5) AS k
    ORDER BY o.id, k
    OFFSET 0
) AS x
JOIN store.products p ON p.id = x.product_id
ORDER BY x.order_id, x.k;

SELECT setval(pg_get_serial_sequence('store.order_items', 'id'), (SELECT max(id) FROM store.order_items));

-- ---------------------------------------------------------------------------
-- Data: audit events (3,000, no primary key)
-- ---------------------------------------------------------------------------

INSERT INTO store.audit_events (occurred_at, actor, action, entity_type, entity_id, client_ip, details)
SELECT date_trunc('second', timestamptz '2023-01-01 00:00:00+00' + (g - 1) * interval '5 hours 50 minutes' + random() * interval '30 minutes'),
       (ARRAY['admin','alice','bob','jörg','renée', NULL])[1 + g % 6],
       a.action,
       a.entity_type,
       CASE a.entity_type
           WHEN 'order'    THEN 1 + (g * 7) % 20000
           WHEN 'product'  THEN 1 + (g * 11) % 500
           WHEN 'customer' THEN 1 + (g * 13) % 5000
           ELSE NULL END,
       CASE WHEN g % 10 = 0 THEN NULL
            WHEN g % 10 = 1 THEN ('2001:db8::' || to_hex(g))::inet
            ELSE ('10.' || (g % 4) || '.' || (g * 7 % 256) || '.' || (1 + g * 13 % 254))::inet END,
       CASE a.action
           WHEN 'login'                 THEN jsonb_build_object('success', g % 17 <> 0, 'method', (ARRAY['password','sso','token'])[1 + g % 3])
           WHEN 'product.price_changed' THEN jsonb_build_object('old', round((10 + g % 300)::numeric, 2), 'new', round((10 + g % 300)::numeric * 1.05, 2))
           WHEN 'order.status_changed'  THEN jsonb_build_object('from', 'paid', 'to', 'shipped')
           WHEN 'customer.updated'      THEN jsonb_build_object('fields', jsonb_build_array('phone', 'notes'))
           ELSE NULL END
FROM generate_series(1, 3000) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY['login','login','order.status_changed','product.price_changed','customer.updated','export.csv'])[1 + g % 6] AS action,
           (ARRAY[NULL,NULL,'order','product','customer',NULL])[1 + g % 6] AS entity_type
) AS a
ORDER BY g;

-- ---------------------------------------------------------------------------
-- Indexes (created after the bulk load, which is faster)
-- ---------------------------------------------------------------------------

CREATE UNIQUE INDEX customers_email_lower_idx ON store.customers (lower(email));
COMMENT ON INDEX store.customers_email_lower_idx IS 'Expression index: case-insensitive e-mail lookup.';
CREATE INDEX customers_name_idx ON store.customers (last_name, first_name);

CREATE INDEX products_category_active_idx ON store.products (category) WHERE active;
COMMENT ON INDEX store.products_category_active_idx IS 'Partial index: only active products.';
CREATE INDEX products_tags_idx ON store.products USING gin (tags);
CREATE INDEX products_attributes_idx ON store.products USING gin (attributes jsonb_path_ops);

CREATE INDEX orders_customer_id_idx ON store.orders (customer_id);
CREATE INDEX orders_created_at_idx ON store.orders (created_at DESC);
CREATE INDEX orders_pending_idx ON store.orders (created_at) WHERE status = 'pending';
COMMENT ON INDEX store.orders_pending_idx IS 'Partial index: the work queue of pending orders.';

CREATE INDEX order_items_product_id_idx ON store.order_items (product_id);

CREATE INDEX audit_events_occurred_at_idx ON store.audit_events USING brin (occurred_at);

-- ---------------------------------------------------------------------------
-- Views
-- ---------------------------------------------------------------------------

CREATE VIEW store.order_summary AS
SELECT o.id                                AS order_id,
       o.invoice_number,
       o.created_at,
       o.status,
       c.id                                AS customer_id,
       c.first_name || ' ' || c.last_name  AS customer_name,
       c.email,
       count(oi.id)                        AS item_count,
       coalesce(sum(oi.quantity), 0)       AS units,
       coalesce(sum(oi.line_total), 0)::numeric(12,2) AS total
FROM store.orders o
JOIN store.customers c ON c.id = o.customer_id
LEFT JOIN store.order_items oi ON oi.order_id = o.id
GROUP BY o.id, c.id;
COMMENT ON VIEW store.order_summary IS 'One row per order with customer and totals.';

CREATE MATERIALIZED VIEW store.product_sales AS
SELECT p.id                                     AS product_id,
       p.sku,
       p.name,
       p.category,
       count(DISTINCT o.id)                     AS order_count,
       coalesce(sum(oi.quantity), 0)            AS units_sold,
       coalesce(sum(oi.line_total), 0)::numeric(14,2) AS revenue,
       max(o.created_at)                        AS last_ordered_at
FROM store.products p
LEFT JOIN (store.order_items oi
           JOIN store.orders o ON o.id = oi.order_id AND o.status <> 'cancelled')
       ON oi.product_id = p.id
GROUP BY p.id
WITH NO DATA;
COMMENT ON MATERIALIZED VIEW store.product_sales IS 'Sales per product (cancelled orders excluded). REFRESH MATERIALIZED VIEW store.product_sales to update.';
CREATE UNIQUE INDEX product_sales_product_id_idx ON store.product_sales (product_id);

CREATE VIEW reporting.monthly_revenue AS
SELECT date_trunc('month', o.created_at)::date   AS month,
       count(DISTINCT o.id)                       AS orders,
       count(DISTINCT o.customer_id)              AS customers,
       sum(oi.line_total)::numeric(14,2)          AS revenue,
       round(sum(oi.line_total) / nullif(count(DISTINCT o.id), 0), 2) AS avg_order_value
FROM store.orders o
JOIN store.order_items oi ON oi.order_id = o.id
WHERE o.status <> 'cancelled'
GROUP BY 1;
COMMENT ON VIEW reporting.monthly_revenue IS 'Revenue per calendar month, cancelled orders excluded.';

-- ---------------------------------------------------------------------------
-- Finish
-- ---------------------------------------------------------------------------

REFRESH MATERIALIZED VIEW store.product_sales;

ANALYZE store.customers;
ANALYZE store.products;
ANALYZE store.orders;
ANALYZE store.order_items;
ANALYZE store.audit_events;
ANALYZE store.product_sales;

RESET client_min_messages;
