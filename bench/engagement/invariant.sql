-- Products whose upvote_count / vote_weight disagree with their product_upvotes rows (none = OK).
SELECT p.id, p.upvote_count, coalesce(v.n, 0) AS rows, p.vote_weight, coalesce(v.w, 0) AS weight_sum
FROM products p
LEFT JOIN (SELECT product_id, count(*) AS n, sum(weight) AS w FROM product_upvotes GROUP BY product_id) v
  ON v.product_id = p.id
WHERE p.upvote_count <> coalesce(v.n, 0) OR abs(p.vote_weight - coalesce(v.w, 0)) > 1e-6
ORDER BY p.id;
