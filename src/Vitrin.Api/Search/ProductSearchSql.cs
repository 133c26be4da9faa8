using System.Text;
using Vitrin.Api.Data;

namespace Vitrin.Api.Search;

/// <summary>The SQL of a product search: typo corrections resolved, then one statement per page or per tier.</summary>
internal sealed class ProductSearchSql(SearchDialect dialect, SearchQuery query, List<SearchTerm> terms)
{
    public static async Task<ProductSearchSql> CreateAsync(VitrinDbContext db, SearchQuery query, CancellationToken ct)
    {
        var dialect = SearchDialect.For(db);
        var terms = new List<SearchTerm>();
        foreach (var word in query.Words)
        {
            terms.Add(new SearchTerm([word, .. await CorrectionsAsync(db, dialect, word, ct)]));
        }

        terms.AddRange(query.Phrases.Select(p => new SearchTerm(p, p)));
        // The word being typed also matches as a prefix; Match() reads it as the last term.
        if (query.PrefixWord is not null && query.Phrases.Count > 0)
        {
            var last = terms[query.Words.Count - 1];
            terms.RemoveAt(query.Words.Count - 1);
            terms.Add(last);
        }

        return new ProductSearchSql(dialect, query, terms);
    }

    /// <summary>
    /// Every match (all tiers) up to <paramref name="cap"/> + 1 rows, with its tier, then the page in sort
    /// order and the number of matches. With more matches than the cap the page is not used.
    /// </summary>
    public (string Sql, List<object> Parameters) FewSql(SearchSort sort, SearchPosition? after, int limit, int cap)
    {
        var parameters = new List<object>();
        var tier = sort == SearchSort.Relevance && query.HasTerms
            ? $"CASE WHEN {dialect.LowerTitle} = {SearchDialect.Placeholder(parameters, query.ExactTitle)} THEN 0 "
                + $"WHEN {Match(SearchScope.Title, parameters)} THEN 1 WHEN {Match(SearchScope.Named, parameters)} THEN 2 ELSE 3 END"
            : "0";
        var where = Where(-1, sort, after, parameters, tier);
        var order = sort switch
        {
            SearchSort.New => "m.published_at DESC, m.id DESC",
            SearchSort.Top => "m.upvote_count DESC, m.id DESC",
            _ => "m.tier, m.upvote_count DESC, m.published_at DESC, m.id DESC",
        };
        return ($"""
            WITH m AS MATERIALIZED (SELECT p.id, {tier} AS tier, p.upvote_count, p.published_at {where} LIMIT {cap + 1})
            SELECT m.id AS id, m.tier AS tier, m.upvote_count AS upvotes, m.published_at AS published_at, (SELECT count(*) FROM m) AS total
            FROM m ORDER BY {order} LIMIT {limit}
            """, parameters);
    }

    /// <summary>
    /// One tier's next rows, filtered, after the keyset, in sort order. On PostgreSQL the matches
    /// are first counted up to <paramref name="cap"/> without any order, which the planner serves from
    /// the GIN index for rare terms; only when there are more is the tier read in index order and
    /// filtered, which for a common term stops after one page. Without the count, a word PostgreSQL
    /// has no statistics for can make it walk the whole index looking for a page. The exact-title
    /// tier is an index look-up and needs no count. Tiers are read in turn, and a tier is read only
    /// when the ones before it left the page short, so a tier that excludes most of its matches (the
    /// NOT of the tiers above) is only read when those are rare.
    /// </summary>
    public string TierSql(int tier, SearchSort sort, SearchPosition? after, int limit, int cap, List<object> parameters)
    {
        var where = Where(tier, sort, after, parameters, null);
        var order = sort switch
        {
            SearchSort.New => "ORDER BY {0}.published_at DESC, {0}.id DESC",
            SearchSort.Top => "ORDER BY {0}.upvote_count DESC, {0}.id DESC",
            _ => "ORDER BY {0}.upvote_count DESC, {0}.published_at DESC, {0}.id DESC",
        };
        var columns = $"{{0}}.id AS id, {Math.Max(tier, 0)} AS tier, {{0}}.upvote_count AS upvotes, {{0}}.published_at AS published_at, 0 AS total";
        string For(string text, string alias) => text.Replace("{0}", alias, StringComparison.Ordinal);
        return dialect.CountsFirst && tier != 0
            ? $"""
                WITH m AS MATERIALIZED (SELECT p.id, p.upvote_count, p.published_at {where} LIMIT {cap + 1}),
                     n AS (SELECT count(*) AS matches FROM m)
                SELECT * FROM (SELECT {For(columns, "m")} FROM m WHERE (SELECT matches FROM n) <= {cap} {For(order, "m")} LIMIT {limit}) AS few
                UNION ALL
                SELECT * FROM (SELECT {For(columns, "p")} {where} AND (SELECT matches FROM n) > {cap} {For(order, "p")} LIMIT {limit}) AS many
                """
            : $"SELECT {For(columns, "p")} {where} {For(order, "p")} LIMIT {limit}";
    }

    /// <summary>
    /// FROM and WHERE for one tier (-1: all): listed products, the operators' filters and the keyset.
    /// With a <paramref name="tierExpression"/> (all tiers, relevance order) the keyset compares tiers first.
    /// </summary>
    private string Where(int tier, SearchSort sort, SearchPosition? after, List<object> parameters, string? tierExpression)
    {
        string P(object value) => SearchDialect.Placeholder(parameters, value);
        var where = new StringBuilder("FROM products AS p WHERE p.status = 'published' AND NOT p.hidden");
        if (query.HasTerms)
        {
            string Exact() => $"{dialect.LowerTitle} = {P(query.ExactTitle)}";
            where.Append(" AND ").Append(tier switch
            {
                0 => $"{Exact()} AND {Match(SearchScope.All, parameters)}",
                1 => $"{Match(SearchScope.Title, parameters)} AND NOT ({Exact()})",
                2 => $"{Match(SearchScope.Named, parameters)} AND NOT {Match(SearchScope.Title, parameters)}",
                3 => $"{Match(SearchScope.All, parameters)} AND NOT {Match(SearchScope.Named, parameters)}",
                _ => Match(SearchScope.All, parameters),
            });
            if (query.Excluded.Count > 0)
            {
                where.Append(" AND NOT (").Append(dialect.Any(query.Excluded, parameters)).Append(')');
            }
        }

        if (query.Categories.Count > 0)
        {
            where.Append(" AND p.category_id IN (SELECT c.id FROM categories AS c WHERE c.slug IN (")
                .AppendJoin(", ", query.Categories.Select(c => P(c))).Append("))");
        }

        foreach (var tag in query.Tags)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM product_tags AS pt JOIN tags AS t ON t.id = pt.tag_id WHERE pt.product_id = p.id AND t.slug = ")
                .Append(P(tag)).Append(')');
        }

        if (query.Makers.Count > 0)
        {
            where.Append(" AND p.author_id IN (SELECT u.id FROM users AS u WHERE u.normalized_user_name IN (")
                .AppendJoin(", ", query.Makers.Select(m => P(m))).Append("))");
        }

        if (after is not null)
        {
            var (u, d, i) = (P(after.Upvotes), P(after.PublishedAt), P(after.Id));
            // A leading "<=" bound lets an index serve the cursor as a range, as in ProductLists.
            var keyset = sort switch
            {
                SearchSort.New => $"p.published_at <= {d} AND (p.published_at < {d} OR p.id < {i})",
                SearchSort.Top => $"p.upvote_count <= {u} AND (p.upvote_count < {u} OR p.id < {i})",
                _ => $"p.upvote_count <= {u} AND (p.upvote_count < {u} OR p.published_at < {d} OR (p.published_at = {d} AND p.id < {i}))",
            };
            where.Append(" AND ").Append(tierExpression is null or "0"
                ? keyset
                : $"({tierExpression} > {P(after.Tier)} OR ({tierExpression} = {P(after.Tier)} AND {keyset}))");
        }

        return where.ToString();
    }

    private string Match(SearchScope scope, List<object> parameters) => dialect.Match(terms, query.PrefixWord, scope, parameters);

    /// <summary>
    /// Typo corrections for a word no title, tagline or tag word starts with and no product has: the vocabulary's most
    /// similar words (pg_trgm similarity ≥ <see cref="ProductSearch.TypoSimilarity"/>), so "notin" also looks for "notion".
    /// </summary>
    private static async Task<List<string>> CorrectionsAsync(VitrinDbContext db, SearchDialect dialect, string word, CancellationToken ct)
    {
        var length = SearchText.Length(word);
        if (length < ProductSearch.TypoMinLength || await dialect.IsKnownAsync(db, word, ct))
        {
            return [];
        }

        var candidates = (await dialect.SimilarWordCandidatesAsync(db, word, ct))
            .Where(c => c != word && Math.Abs(SearchText.Length(c) - length) <= ProductSearch.TypoLengthDifference)
            .Select(c => (Word: c, Similarity: SearchText.Similarity(word, c)))
            .Where(c => c.Similarity >= ProductSearch.TypoSimilarity)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word).Distinct();
        var corrections = new List<string>();
        foreach (var candidate in candidates)
        {
            if (corrections.Count == ProductSearch.TypoAlternatives)
            {
                break;
            }

            if (await dialect.HasWordAsync(db, candidate, ct))
            {
                corrections.Add(candidate);
            }
        }

        return corrections;
    }
}
