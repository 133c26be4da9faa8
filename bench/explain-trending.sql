-- EXPLAIN (ANALYZE, BUFFERS) of the trending list as the API runs it: the statement
-- src/Vitrin.Api/Products/ProductListSql.cs sends for GET /api/v1/products (default limit 20, so
-- LIMIT 21), with the cursor's parameters inlined.
-- Run by scripts/bench.sh; by hand:
--   psql -v after_id=<id of the last product on the page before the deep one> -f bench/explain-trending.sql
-- The deep page's cursor holds that product's (trending_score, id); the score is looked up here.

\set ON_ERROR_STOP on
\pset pager off

\echo '--- first trending page: GET /api/v1/products'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT p.id, p.slug, p.title, p.tagline, p.thumbnail_path,
       p.category_id, p.category_slug, p.category_name, p.category_icon, p.category_color, p.search_tags,
       p.author_id, p.maker_user_name, p.maker_display_name, p.maker_avatar_path,
       p.featured, p.upvote_count, p.comment_count, p.view_count, p.published_at, p.created_at, p.trending_score
FROM products AS p
WHERE p.status = 'published' AND NOT p.hidden
ORDER BY p.trending_score DESC, p.id DESC
LIMIT 21;

\if :{?after_id}
SELECT trending_score AS after_score, id AS after_pid FROM products WHERE id = :after_id \gset
\echo '--- deep trending page: GET /api/v1/products?cursor=... (after score' :after_score ', id' :after_pid ')'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT p.id, p.slug, p.title, p.tagline, p.thumbnail_path,
       p.category_id, p.category_slug, p.category_name, p.category_icon, p.category_color, p.search_tags,
       p.author_id, p.maker_user_name, p.maker_display_name, p.maker_avatar_path,
       p.featured, p.upvote_count, p.comment_count, p.view_count, p.published_at, p.created_at, p.trending_score
FROM products AS p
WHERE p.status = 'published' AND NOT p.hidden
  AND (p.trending_score, p.id) < ((SELECT :after_score), (SELECT :after_pid))
ORDER BY p.trending_score DESC, p.id DESC
LIMIT 21;
\endif
