-- 500 comments on one product (psql -v product=ID -v total=500 -v top=100): `top` top-level ones, the rest
-- replies to random earlier comments, by random registered users; then the product's comment_count.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO comments (product_id, parent_id, author_id, body, body_html, upvote_count, edited, deleted, hidden, created_at, updated_at)
SELECT :product, NULL, (SELECT id FROM users ORDER BY random() + g * 0 LIMIT 1),
       'Top-level benchmark comment number ' || g || ': looks useful, how does it compare?',
       '<p>Top-level benchmark comment number ' || g || ': looks useful, how does it compare?</p>',
       0, false, false, false, now() - make_interval(secs => (:total - g) * 60), now() - make_interval(secs => (:total - g) * 60)
FROM generate_series(1, :top) AS g;

CREATE TEMP TABLE bench_vars AS SELECT :product::bigint AS product, :total::int AS total, :top::int AS top;
DO $$
DECLARE
  v record;
  parent bigint;
BEGIN
  SELECT * INTO v FROM bench_vars;
  FOR g IN v.top + 1 .. v.total LOOP
    SELECT id INTO parent FROM comments WHERE product_id = v.product ORDER BY random() LIMIT 1;
    INSERT INTO comments (product_id, parent_id, author_id, body, body_html, upvote_count, edited, deleted, hidden, created_at, updated_at)
    VALUES (v.product, parent, (SELECT id FROM users ORDER BY random() LIMIT 1),
            'Reply number ' || g || ': agreed, and the onboarding was quick too.',
            '<p>Reply number ' || g || ': agreed, and the onboarding was quick too.</p>',
            0, false, false, false, now() - make_interval(secs => (v.total - g) * 60), now() - make_interval(secs => (v.total - g) * 60));
  END LOOP;
END $$;

UPDATE products SET comment_count = (SELECT count(*) FROM comments WHERE product_id = :product) WHERE id = :product;
COMMIT;
ANALYZE comments;
SELECT count(*) AS comments, count(*) FILTER (WHERE parent_id IS NULL) AS top_level FROM comments WHERE product_id = :product;
