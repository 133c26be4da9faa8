using System.Text;
using Vitrin.Api.Data;

namespace Vitrin.Api.Search;

/// <summary>The SQL of a product search: one or two statements per page, with or without typo corrections.</summary>
internal sealed class ProductSearchSql(SearchDialect dialect, SearchQuery query, List<SearchTerm> terms)
{
    /// <summary>The search as typed, each word standing for itself.</summary>
    public static ProductSearchSql Create(SearchDialect dialect, SearchQuery query) =>
        new(dialect, query, Terms(query, query.Words.Select(w => (IReadOnlyList<string>)[w])));

    /// <summary>
    /// The search with each typo (see <see cref="CorrectionsAsync"/>) also matching its closest
    /// vocabulary words, or null when no word has any. Only worth asking when the search as typed
    /// found nothing: a typo is a word no product has, so a search that finds a product has none.
    /// </summary>
    public static async Task<ProductSearchSql?> WithCorrectionsAsync(SearchDialect dialect, SearchQuery query, CancellationToken ct)
    {
        var words = query.Words.Where(w => SearchText.Length(w) >= ProductSearch.TypoMinLength).Distinct().ToList();
        var corrections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in (await dialect.UnknownAsync(words, ct)).Select(i => words[i]))
        {
            corrections[word] = await CorrectionsAsync(dialect, word, ct);
        }

        return corrections.Values.Any(c => c.Count > 0)
            ? new(dialect, query, Terms(query, query.Words.Select(w => (IReadOnlyList<string>)[w, .. corrections.GetValueOrDefault(w) ?? []])))
            : null;
    }

    private static List<SearchTerm> Terms(SearchQuery query, IEnumerable<IReadOnlyList<string>> words)
    {
        var terms = words.Select(alternatives => new SearchTerm(alternatives)).ToList();
        terms.AddRange(query.Phrases.Select(p => new SearchTerm(p, p)));
        // The word being typed also matches as a prefix; Match() reads it as the last term.
        if (query.PrefixWord is not null && query.Phrases.Count > 0)
        {
            var last = terms[query.Words.Count - 1];
            terms.RemoveAt(query.Words.Count - 1);
            terms.Add(last);
        }

        return terms;
    }

    /// <summary>
    /// One page of matches in sort order, after the keyset: <see cref="FewSql"/>, then <see cref="ManySql"/>
    /// when the search matches more than <paramref name="cap"/> products.
    /// </summary>
    public async Task<List<SearchRow>> PageAsync(SearchSort sort, SearchPosition? after, int limit, int cap, CancellationToken ct)
    {
        var (sql, parameters) = FewSql(sort, after, limit, cap);
        var found = await dialect.RowsAsync(sql, parameters, ct);
        if (found is [{ Total: var total }] && total > cap)
        {
            (sql, parameters) = ManySql(sort, after, limit, cap);
            found = await dialect.RowsAsync(sql, parameters, ct);
        }

        return found;
    }

    /// <summary>
    /// Every match (all tiers) up to <paramref name="cap"/> + 1 rows, without order, which the planner
    /// serves from the GIN indexes for rare terms; when there are at most <paramref name="cap"/>, the
    /// page of them in sort order (the tier is worked out for these rows only). With more, one row whose
    /// <see cref="SearchRow.Total"/> says so. Planning this statement is cheap, which matters most for the
    /// rare terms it serves alone; the tiers' statement is planned only when it is needed.
    /// </summary>
    private (string Sql, List<object> Parameters) FewSql(SearchSort sort, SearchPosition? after, int limit, int cap)
    {
        var parameters = new List<object>();
        var tier = Relevance(sort)
            ? $"CASE WHEN {dialect.LowerTitle} = {SearchDialect.Placeholder(parameters, query.ExactTitle)} THEN 0 "
                + $"WHEN {Match(SearchScope.Title, parameters)} THEN 1 WHEN {Match(SearchScope.Named, parameters)} THEN 2 ELSE 3 END"
            : "0";
        return ($"""
            WITH m AS MATERIALIZED (SELECT p.id, p.upvote_count, p.published_at {Where(-1, sort, after, parameters, tier)} LIMIT {cap + 1}),
                 n AS (SELECT count(*) AS matches FROM m)
            SELECT * FROM (
                SELECT m.id AS id, {tier} AS tier, m.upvote_count AS upvotes, m.published_at AS published_at, (SELECT matches FROM n) AS total
                FROM m JOIN products AS p ON p.id = m.id WHERE (SELECT matches FROM n) <= {cap} {Order(sort, null)} LIMIT {limit}) AS few
            UNION ALL
            SELECT * FROM (
                SELECT m.id AS id, 0 AS tier, m.upvote_count AS upvotes, m.published_at AS published_at, (SELECT matches FROM n) AS total
                FROM m WHERE (SELECT matches FROM n) > {cap} LIMIT 1) AS many
            """, parameters);
    }

    /// <summary>
    /// The page when a search matches many products: each tier (relevance) or the whole match (new, top)
    /// read in index order (<c>(status, hidden, upvote_count, published_at, id)</c>) and filtered, which
    /// for a common term stops after one page. The branches are UNION ALL under one LIMIT: PostgreSQL's
    /// Append (and SQLite's compound select) runs them in turn and stops as soon as the page is full, so a
    /// tier is read only when the ones before it left the page short. On PostgreSQL each tier after the
    /// exact title first counts its own matches up to the cap (<c>m1</c>–<c>m3</c>) and sorts them when
    /// they are few: without the count, a word PostgreSQL has no statistics for can make it walk the whole
    /// index looking for a page. One-time filters on the counts cut the branch that does not apply.
    /// </summary>
    private (string Sql, List<object> Parameters) ManySql(SearchSort sort, SearchPosition? after, int limit, int cap)
    {
        var parameters = new List<object>();
        var ctes = new List<string>();
        var branches = new List<string>();
        var tiers = Relevance(sort) ? Enumerable.Range(after?.Tier ?? 0, ProductSearch.LastTier + 1 - (after?.Tier ?? 0)) : [-1];
        foreach (var t in tiers)
        {
            var keyset = after is not null && (!Relevance(sort) || after.Tier == t) ? after : null;
            var where = Where(t, sort, keyset, parameters, null);
            string Columns(string alias) =>
                $"SELECT {alias}.id AS id, {Math.Max(t, 0)} AS tier, {alias}.upvote_count AS upvotes, {alias}.published_at AS published_at, 0 AS total";
            if (dialect.CountsFirst && t > 0)
            {
                ctes.Add($"m{t} AS MATERIALIZED (SELECT p.id, p.upvote_count, p.published_at {where} LIMIT {cap + 1})");
                branches.Add($"{Columns($"m{t}")} FROM m{t} WHERE (SELECT count(*) FROM m{t}) <= {cap} {Order(sort, $"m{t}")} LIMIT {limit}");
                where += $" AND (SELECT count(*) FROM m{t}) > {cap}";
            }

            branches.Add($"{Columns("p")} {where} {Order(sort, "p")} LIMIT {limit}");
        }

        return ($"""
            {(ctes.Count > 0 ? "WITH " + string.Join(",\n    ", ctes) : "")}
            SELECT * FROM (
                {string.Join("\n    UNION ALL\n    ", branches.Select((b, i) => $"SELECT * FROM ({b}) AS b{i}"))}
            ) AS page LIMIT {limit}
            """, parameters);
    }

    private bool Relevance(SearchSort sort) => sort == SearchSort.Relevance && query.HasTerms;

    /// <summary>ORDER BY for one tier's rows in <paramref name="alias"/>, or (null) for the output columns of every tier.</summary>
    private static string Order(SearchSort sort, string? alias)
    {
        var (upvotes, published, id) = alias is null ? ("upvotes", "published_at", "id") : ($"{alias}.upvote_count", $"{alias}.published_at", $"{alias}.id");
        return sort switch
        {
            SearchSort.New => $"ORDER BY {published} DESC, {id} DESC",
            SearchSort.Top => $"ORDER BY {upvotes} DESC, {id} DESC",
            _ => $"ORDER BY {(alias is null ? "tier, " : "")}{upvotes} DESC, {published} DESC, {id} DESC",
        };
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
    private static async Task<List<string>> CorrectionsAsync(SearchDialect dialect, string word, CancellationToken ct)
    {
        var length = SearchText.Length(word);
        var candidates = (await dialect.SimilarWordCandidatesAsync(word, ct))
            .Where(c => c != word && Math.Abs(SearchText.Length(c) - length) <= ProductSearch.TypoLengthDifference)
            .Select(c => (Word: c, Similarity: SearchText.Similarity(word, c)))
            .Where(c => c.Similarity >= ProductSearch.TypoSimilarity)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word).Distinct().ToList();
        // The closest ones that some product still has, checked a few at a time.
        var corrections = new List<string>();
        for (var i = 0; i < candidates.Count && corrections.Count < ProductSearch.TypoAlternatives; i += 2 * ProductSearch.TypoAlternatives)
        {
            corrections.AddRange(await dialect.ExistingAsync(candidates.GetRange(i, Math.Min(2 * ProductSearch.TypoAlternatives, candidates.Count - i)), ct));
        }

        return corrections.Take(ProductSearch.TypoAlternatives).ToList();
    }
}
