-- Bulk-loads a generated dataset into a freshly migrated, empty Vitrin PostgreSQL database.
-- Run by scripts/bench.sh; by hand:
--   psql -v ON_ERROR_STOP=1 -v users=20000 -v products=100000 -v upvotes=1000000 -f bench/generate.sql
--
-- Everything is INSERT ... SELECT generate_series in one transaction; random() is seeded, so a
-- given (users, products, upvotes) always yields the same data (times relative to now()).
-- Foreign-key triggers are skipped during the load (session_replication_role = replica,
-- superuser only) and the references are checked once at the end instead, which is much faster
-- than a trigger per row.
--
-- Shape of the data:
--   users         :users accounts (user1 … userN), created over ~13 months
--   products      :products published over the last 365 days, ids in publish order, spread over
--                 every category; ~1% featured, ~0.3% hidden; upvote counts log-normal (median ~3,
--                 long tail) plus a few hot products with thousands of votes, scaled so that the
--                 total is at least :upvotes; vote_weight (if the schema has it) = upvote_count;
--                 trending_score = Ranking.HotScore(votes, published_at), checked on every row
--   product_upvotes  exactly upvote_count distinct voters per product (PK (product_id, user_id)),
--                 weight 1, cast between the launch and now
--   tags          200 tags; ~40% of products get 1–4 of them (popular tags more often)

\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET session_replication_role = replica;
SET maintenance_work_mem = '256MB';
SET work_mem = '64MB';
SET synchronous_commit = off;

BEGIN;

-- Refuse to pile onto existing data: the generator assumes fresh identity ranges.
SELECT (SELECT count(*) FROM users) = 0 AND (SELECT count(*) FROM products) = 0 AS empty \gset
\if :empty
\else
  \echo 'generate.sql: users or products are not empty; run against a freshly migrated database'
  SELECT 1/0;
\endif

SELECT setseed(0.2026) \gset

-- Users -------------------------------------------------------------------------------------
INSERT INTO users (user_name, normalized_user_name, email, normalized_email, email_confirmed,
                   security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled,
                   lockout_enabled, access_failed_count, display_name, created_at)
SELECT 'user' || g, 'USER' || g, 'user' || g || '@bench.example', 'USER' || g || '@BENCH.EXAMPLE', true,
       md5('stamp' || g), md5('concurrency' || g), false, false,
       true, 0, 'Bench User ' || g,
       now() - interval '400 days' + (g::float8 / :users) * interval '395 days'
FROM generate_series(1, :users) AS g;

-- Identity ranges of what we just inserted (ids are contiguous in an empty table).
CREATE TEMP TABLE ctx AS
SELECT (SELECT min(id) FROM users) AS u0,
       (SELECT count(*) FROM users)::bigint AS nusers,
       (SELECT array_agg(id ORDER BY sort_order) FROM categories) AS cats,
       -- a stride coprime with nusers makes (offset + k*stride) mod nusers distinct for k < nusers
       (SELECT s FROM unnest(ARRAY[7919, 7907, 7901, 1]) AS s WHERE gcd(s, (SELECT count(*) FROM users)) = 1 LIMIT 1) AS stride;

SELECT cardinality(cats) > 0 AS has_categories FROM ctx \gset
\if :has_categories
\else
  \echo 'generate.sql: no categories; start the API once so it migrates and seeds them'
  SELECT 1/0;
\endif

-- products.vote_weight (sum of the votes' weights, feeding trending) arrived with a later
-- migration; fill it when the schema has it. All generated votes weigh 1.
SELECT EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_schema = current_schema() AND table_name = 'products' AND column_name = 'vote_weight')
       AS has_vote_weight \gset
\if :has_vote_weight
  \set vote_weight_col ', vote_weight'
  \set vote_weight_val ', votes::float8'
  \set vote_weight_set ', vote_weight = c.weight'
  \set vote_weight_differs 'OR p.vote_weight <> c.weight'
  \set score_votes 'p.vote_weight'
\else
  \set vote_weight_col ''
  \set vote_weight_val ''
  \set vote_weight_set ''
  \set vote_weight_differs ''
  \set score_votes 'p.upvote_count'
\endif

-- Vote counts ---------------------------------------------------------------------------------
-- raw ~ log-normal(mu = ln 10 - 1.125, sigma = 1.5): mean ~10, median ~3; 1 product in 5000 is "hot".
CREATE TEMP TABLE gen AS
SELECT g AS n,
       now() - random() * interval '365 days' AS published_at,
       CASE WHEN g % 5000 = 2500
            THEN 2000 + random() * 6000
            ELSE exp(ln(10) - 1.125 + 1.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))
       END AS raw,
       0::int AS votes
FROM generate_series(1, :products) AS g;

-- Scale to the target total, cap at the number of users, then top up random products by one
-- vote until the total reaches :upvotes (floor() loses ~0.5 a product).
WITH f AS (SELECT :upvotes / sum(raw) AS factor FROM gen)
UPDATE gen SET votes = least((SELECT nusers FROM ctx), floor(raw * f.factor))::int FROM f;

WITH d AS (SELECT greatest(0, :upvotes - sum(votes))::bigint AS deficit FROM gen),
     pick AS (SELECT n, row_number() OVER (ORDER BY random()) AS rn
              FROM gen WHERE votes < (SELECT nusers FROM ctx))
UPDATE gen SET votes = votes + 1 FROM pick, d WHERE gen.n = pick.n AND pick.rn <= d.deficit;

-- Products ------------------------------------------------------------------------------------
-- Inserted in publish order, so ids grow with time as in real life.
INSERT INTO products (slug, title, tagline, description, description_html, website_url, category_id,
                      author_id, status, published_at, featured, featured_at, hidden, upvote_count,
                      comment_count, view_count, trending_score, created_at, updated_at :vote_weight_col)
SELECT 'bench-product-' || n,
       'Bench Product ' || n,
       'The generated product number ' || n || ' for benchmarks',
       d.txt,
       '<p>' || d.txt || '</p>',
       'https://bench.example/p/' || n,
       ctx.cats[1 + (n % cardinality(ctx.cats))],
       ctx.u0 + floor(random() * ctx.nusers)::bigint,
       'published',
       published_at,
       n % 97 = 0,
       CASE WHEN n % 97 = 0 THEN published_at + interval '1 hour' END,
       n % 331 = 0,
       votes,
       0,
       (votes * (5 + random() * 20))::bigint,
       log(greatest(votes, 1)::float8)
         + (extract(epoch FROM published_at) - extract(epoch FROM timestamptz '2025-01-01 00:00:00Z'))::float8 / 45000,
       published_at - random() * interval '3 days',
       published_at
       :vote_weight_val
FROM gen
CROSS JOIN ctx
CROSS JOIN LATERAL (SELECT 'Product ' || n || ' helps teams ship faster. '
                           || repeat('It is fast, simple and works with the tools you already use. ', 4)
                           || 'Try it free.' AS txt) AS d
ORDER BY published_at;

-- The maker's and category's fields a list item shows, copied onto the row as the products_listing
-- trigger would have done (session_replication_role = replica skips triggers).
UPDATE products AS p
SET maker_user_name = coalesce(u.user_name, ''), maker_display_name = u.display_name, maker_avatar_path = u.avatar_path,
    category_slug = c.slug, category_name = c.name, category_icon = c.icon, category_color = c.color
FROM users AS u, categories AS c
WHERE u.id = p.author_id AND c.id = p.category_id;

-- Upvotes -------------------------------------------------------------------------------------
-- Voter k of product p: u0 + (offset_p + k * stride) mod nusers, distinct for k < nusers.
INSERT INTO product_upvotes (product_id, user_id, weight, created_at)
SELECT p.id,
       ctx.u0 + ((p.id * 104729 + k * ctx.stride) % ctx.nusers),
       1,
       p.published_at + random() * (now() - p.published_at)
FROM products AS p
CROSS JOIN ctx
CROSS JOIN LATERAL generate_series(0, p.upvote_count - 1) AS k;

-- Tags ----------------------------------------------------------------------------------------
INSERT INTO tags (slug, product_count, created_at)
SELECT 'tag-' || lpad(g::text, 3, '0'), 0, now() - interval '400 days'
FROM generate_series(1, 200) AS g;

INSERT INTO product_tags (product_id, tag_id)
SELECT p.id, t.t0 + floor(200 * power(random(), 2))::bigint
FROM products AS p
CROSS JOIN (SELECT min(id) AS t0 FROM tags) AS t
CROSS JOIN LATERAL generate_series(0, (p.id % 4)::int) AS k
WHERE p.id % 5 < 2
ON CONFLICT DO NOTHING;

-- The products' own tag column (lists and search read it), as the API writes it.
UPDATE products AS p SET search_tags = t.slugs
FROM (SELECT pt.product_id, string_agg(g.slug, ' ' ORDER BY g.slug COLLATE "C") AS slugs
      FROM product_tags AS pt JOIN tags AS g ON g.id = pt.tag_id
      GROUP BY pt.product_id) AS t
WHERE p.id = t.product_id;

UPDATE tags SET product_count = c.cnt
FROM (SELECT pt.tag_id, count(*) AS cnt
      FROM product_tags pt JOIN products p ON p.id = pt.product_id
      WHERE p.status = 'published' AND NOT p.hidden
      GROUP BY pt.tag_id) AS c
WHERE tags.id = c.tag_id;

-- Consistency ---------------------------------------------------------------------------------
-- upvote_count (and vote_weight) must equal the rows; the generator makes it so, and this
-- fix-up must touch 0 rows.
WITH fixed AS (
UPDATE products AS p
SET upvote_count = c.cnt :vote_weight_set,
    trending_score = log(greatest(c.weight, 1))
      + (extract(epoch FROM p.published_at) - extract(epoch FROM timestamptz '2025-01-01 00:00:00Z'))::float8 / 45000
FROM (SELECT pr.id, count(u.product_id)::int AS cnt, coalesce(sum(u.weight), 0)::float8 AS weight
      FROM products pr LEFT JOIN product_upvotes u ON u.product_id = pr.id
      GROUP BY pr.id) AS c
WHERE p.id = c.id AND (p.upvote_count <> c.cnt :vote_weight_differs)
RETURNING 1)
SELECT count(*) AS fixed_rows FROM fixed \gset

-- trending_score = Ranking.HotScore(votes, published_at) on every row.
SELECT count(*) = 0 AS scores_ok
FROM products AS p
WHERE abs(p.trending_score - (log(greatest(:score_votes, 1)::float8)
      + (extract(epoch FROM p.published_at) - extract(epoch FROM timestamptz '2025-01-01 00:00:00Z'))::float8 / 45000)) > 1e-9 \gset
\if :scores_ok
\else
  \echo 'generate.sql: trending_score is inconsistent with the votes'
  SELECT 1/0;
\endif

-- The references the skipped FK triggers would have checked.
SELECT
  (SELECT count(*) FROM products p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.author_id))
+ (SELECT count(*) FROM products p WHERE NOT EXISTS (SELECT 1 FROM categories c WHERE c.id = p.category_id))
+ (SELECT count(*) FROM product_upvotes v WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = v.user_id))
+ (SELECT count(*) FROM product_tags t WHERE NOT EXISTS (SELECT 1 FROM tags g WHERE g.id = t.tag_id))
+ (SELECT count(*) FROM products p JOIN users u ON u.id = p.author_id JOIN categories c ON c.id = p.category_id
   WHERE p.maker_user_name IS DISTINCT FROM u.user_name OR p.category_slug IS DISTINCT FROM c.slug)
  = 0 AS refs_ok \gset
\if :refs_ok
\else
  \echo 'generate.sql: dangling references or stale listing copies in the generated data'
  SELECT 1/0;
\endif

COMMIT;

RESET session_replication_role;
-- Steady state as after autovacuum: statistics plus a visibility map (index-only scans).
VACUUM (ANALYZE) users, products, product_upvotes, product_tags, tags, categories;
CHECKPOINT;

SELECT (SELECT count(*) FROM users) AS users,
       (SELECT count(*) FROM products) AS products,
       (SELECT count(*) FROM products WHERE status = 'published' AND NOT hidden) AS listed,
       (SELECT count(*) FROM product_upvotes) AS upvotes,
       (SELECT count(*) FROM product_tags) AS product_tags,
       (SELECT count(DISTINCT category_id) FROM products) AS categories_used,
       (SELECT max(upvote_count) FROM products) AS max_votes,
       (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY upvote_count) FROM products) AS median_votes,
       (SELECT count(*) FROM products WHERE upvote_count >= 1000) AS hot_products,
       :fixed_rows AS counts_fixed_up;
