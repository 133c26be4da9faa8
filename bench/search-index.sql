-- Completes the search index after bench/generate.sql, which loads with triggers off
-- (session_replication_role = replica) and inserts product_tags directly: the products' tag text
-- (the generated tsvector columns follow) and the typo vocabulary, as the AddSearch migration does.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '256MB';

UPDATE products AS p SET search_tags = t.slugs
FROM (SELECT pt.product_id, string_agg(g.slug, ' ' ORDER BY g.slug COLLATE "C") AS slugs
      FROM product_tags AS pt JOIN tags AS g ON g.id = pt.tag_id
      GROUP BY pt.product_id) AS t
WHERE p.id = t.product_id;

INSERT INTO search_terms (term)
SELECT DISTINCT w FROM products, unnest(tsvector_to_array(search_prefix)) AS w
WHERE NOT EXISTS (SELECT 1 FROM search_terms AS s WHERE s.term = w);

VACUUM (ANALYZE) products, search_terms;

SELECT (SELECT count(*) FROM products WHERE search_tags <> '') AS products_with_tags,
       (SELECT count(*) FROM search_terms) AS vocabulary;
