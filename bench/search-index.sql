-- Completes the search index after bench/generate.sql, which loads with triggers off
-- (session_replication_role = replica): the typo vocabulary, as the AddSearch migration does
-- (generate.sql already wrote the products' tag text, and the generated tsvector columns followed).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '256MB';

INSERT INTO search_terms (term)
SELECT DISTINCT w FROM products, unnest(tsvector_to_array(search_prefix)) AS w
WHERE NOT EXISTS (SELECT 1 FROM search_terms AS s WHERE s.term = w);

VACUUM (ANALYZE) products, search_terms;

SELECT (SELECT count(*) FROM products WHERE search_tags <> '') AS products_with_tags,
       (SELECT count(*) FROM search_terms) AS vocabulary;
