using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vitrin.Api.Data;

namespace Vitrin.Api.Search;

/// <summary>The fields a match is restricted to: they make the relevance tiers.</summary>
public enum SearchScope
{
    Title,

    /// <summary>Title, tagline and tags.</summary>
    Named,
    All,
}

/// <summary>A positive term: a word (with its typo corrections as alternatives) or a phrase.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Alternatives, IReadOnlyList<string>? Phrase = null);

/// <summary>
/// What differs between SQLite (FTS5) and PostgreSQL (tsvector): the match expressions, the vocabulary
/// look-ups and how statements run. One instance serves one request's database context. Every piece of
/// user text reaches the database as a bound parameter: an FTS5 MATCH string or a to_tsquery string
/// built from normalized words (letters and digits only), each quoted. The SQL text itself is made of
/// constants, with EF-style <c>{0}</c> placeholders.
/// </summary>
public abstract partial class SearchDialect
{
    /// <summary>
    /// The dialect for <paramref name="db"/>'s provider. On PostgreSQL, product search statements run
    /// through <paramref name="connections"/> (custom plans, see <see cref="SearchConnections"/>).
    /// </summary>
    public static SearchDialect For(VitrinDbContext db, SearchConnections connections) =>
        db.Database.IsNpgsql() ? new Postgres(connections.For(db)) : new Sqlite(db);

    /// <summary>
    /// Makes the database plan <paramref name="db"/>'s statements for their actual values until disposed
    /// (null when there is nothing to undo): for the user search, which runs EF queries on the context.
    /// </summary>
    public static async Task<IAsyncDisposable?> CustomPlansAsync(VitrinDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", ct);
        return transaction;
    }

    /// <summary>Runs a statement that returns <see cref="SearchRow"/> columns (id, tier, upvotes, published_at, total).</summary>
    public abstract Task<List<SearchRow>> RowsAsync(string sql, List<object> parameters, CancellationToken ct);

    /// <summary>Runs a statement that returns one integer column named <c>Value</c>.</summary>
    protected abstract Task<List<int>> IntegersAsync(string sql, List<object> parameters, CancellationToken ct);

    /// <summary>Whether a tier's matches are counted before choosing how to read them (see ProductSearchSql).</summary>
    public abstract bool CountsFirst { get; }

    /// <summary>SQL for "title equals the exact key": ASCII-only lower-casing on both databases.</summary>
    public abstract string LowerTitle { get; }

    /// <summary>
    /// A boolean SQL expression over <c>p</c> (products): all <paramref name="terms"/> match within
    /// <paramref name="scope"/>; the last word may also match as a prefix of an unstemmed word.
    /// </summary>
    public string Match(IReadOnlyList<SearchTerm> terms, string? prefixWord, SearchScope scope, List<object> parameters)
    {
        var full = Stemmed(Expression(terms, scope), scope, parameters);
        if (prefixWord is null)
        {
            return full;
        }

        var rest = terms.Take(terms.Count - 1).ToList();
        var prefix = Prefix(PrefixExpression(prefixWord, scope), parameters);
        return rest.Count == 0
            ? $"({full} OR {prefix})"
            : $"({full} OR ({Stemmed(Expression(rest, scope), scope, parameters)} AND {prefix}))";
    }

    /// <summary>A boolean SQL expression over <c>p</c>: any of these words or phrases appears anywhere.</summary>
    public string Any(IReadOnlyList<IReadOnlyList<string>> phrases, List<object> parameters) =>
        Stemmed(string.Join(OrOperator, phrases.Select(PhraseExpression)), SearchScope.All, parameters);

    /// <summary>
    /// The words (indexes into <paramref name="words"/>) that may be typos: no product's title, tagline or
    /// tag has a word starting with them, and no product's text has them (stemmed). Products of any status
    /// count, as in the vocabulary. One statement, each word checked by its own branch and planned for it.
    /// </summary>
    public async Task<List<int>> UnknownAsync(IReadOnlyList<string> words, CancellationToken ct)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var parameters = new List<object>();
        var branches = words.Select((w, i) => $"SELECT {i} AS \"Value\" WHERE NOT ({Known(w, parameters)})");
        return await IntegersAsync(string.Join("\nUNION ALL ", branches), parameters, ct);
    }

    /// <summary>
    /// Vocabulary words that may be within <see cref="ProductSearch.TypoSimilarity"/> of <paramref name="word"/>:
    /// a superset; the caller decides with <see cref="SearchText.Similarity"/>, the same on both databases.
    /// </summary>
    public abstract Task<List<string>> SimilarWordCandidatesAsync(string word, CancellationToken ct);

    /// <summary>
    /// The <paramref name="candidates"/> some product still has as a title, tagline or tag word (the
    /// PostgreSQL vocabulary only grows), in their order. One statement, one branch per word.
    /// </summary>
    public virtual async Task<List<string>> ExistingAsync(IReadOnlyList<string> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var parameters = new List<object>();
        var branches = candidates.Select((w, i) => $"SELECT {i} AS \"Value\" WHERE {Has(w, parameters)}");
        var found = await IntegersAsync(string.Join("\nUNION ALL ", branches), parameters, ct);
        return [.. found.Order().Select(i => candidates[i])];
    }

    /// <summary>SQL: some product's title, tagline or tag word starts with <paramref name="word"/>, or some product's text has it.</summary>
    protected abstract string Known(string word, List<object> parameters);

    /// <summary>SQL: some product has <paramref name="word"/> as a title, tagline or tag word.</summary>
    protected abstract string Has(string word, List<object> parameters);

    protected abstract string OrOperator { get; }

    protected abstract string AndOperator { get; }

    protected abstract string Stemmed(string expression, SearchScope scope, List<object> parameters);

    protected abstract string Prefix(string expression, List<object> parameters);

    protected abstract string Quote(string word);

    protected abstract string PhraseExpression(IReadOnlyList<string> words);

    protected abstract string PrefixExpression(string word, SearchScope scope);

    protected abstract string Restrict(string expression, SearchScope scope);

    private string Expression(IReadOnlyList<SearchTerm> terms, SearchScope scope) => Restrict(string.Join(AndOperator, terms.Select(t =>
        t.Phrase is { } phrase ? PhraseExpression(phrase) : "(" + string.Join(OrOperator, t.Alternatives.Select(a => PhraseExpression([a]))) + ")")), scope);

    internal static string Placeholder(List<object> parameters, object value)
    {
        parameters.Add(value);
        return "{" + (parameters.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
    }

    private sealed class Sqlite(VitrinDbContext db) : SearchDialect
    {
        public override bool CountsFirst => false;

        public override string LowerTitle => "lower(p.title)";

        protected override string OrOperator => " OR ";

        protected override string AndOperator => " AND ";

        public override Task<List<SearchRow>> RowsAsync(string sql, List<object> parameters, CancellationToken ct) =>
            db.Database.SqlQueryRaw<SearchRow>(sql, [.. parameters]).AsNoTracking().ToListAsync(ct);

        protected override Task<List<int>> IntegersAsync(string sql, List<object> parameters, CancellationToken ct) =>
            db.Database.SqlQueryRaw<int>(sql, [.. parameters]).ToListAsync(ct);

        protected override string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        protected override string Stemmed(string expression, SearchScope scope, List<object> parameters) =>
            $"p.id IN (SELECT rowid FROM product_search WHERE product_search MATCH {Placeholder(parameters, expression)})";

        protected override string Prefix(string expression, List<object> parameters) =>
            $"p.id IN (SELECT rowid FROM product_words WHERE product_words MATCH {Placeholder(parameters, expression)})";

        protected override string PhraseExpression(IReadOnlyList<string> words) => Quote(string.Join(' ', words));

        protected override string PrefixExpression(string word, SearchScope scope) => Restrict(Quote(word) + " *", scope);

        // FTS5 column filters; "extra" is tagline + tags.
        protected override string Restrict(string expression, SearchScope scope) => scope switch
        {
            SearchScope.Title => "{title} : (" + expression + ")",
            SearchScope.Named => "{title extra} : (" + expression + ")",
            _ => expression,
        };

        protected override string Known(string word, List<object> parameters) =>
            $"EXISTS (SELECT 1 FROM product_words_vocab WHERE term >= {Placeholder(parameters, word)} AND term < {Placeholder(parameters, word + "\U0010FFFF")}) "
            + $"OR EXISTS (SELECT 1 FROM product_search WHERE product_search MATCH {Placeholder(parameters, Quote(word))})";

        public override Task<List<string>> SimilarWordCandidatesAsync(string word, CancellationToken ct)
        {
            var length = SearchText.Length(word);
            return db.Database.SqlQueryRaw<string>(
                "SELECT term AS \"Value\" FROM product_words_vocab WHERE length(term) BETWEEN {0} AND {1}",
                length - ProductSearch.TypoLengthDifference, length + ProductSearch.TypoLengthDifference).ToListAsync(ct);
        }

        // The fts5vocab table reads the live index: every word it lists exists, and no statement is needed.
        public override Task<List<string>> ExistingAsync(IReadOnlyList<string> candidates, CancellationToken ct) => Task.FromResult(candidates.ToList());

        protected override string Has(string word, List<object> parameters) => "1";
    }

    private sealed partial class Postgres(NpgsqlDataSource connections) : SearchDialect
    {
        private const string Config = "'public.vitrin_search'::regconfig";

        public override bool CountsFirst => true;

        public override string LowerTitle => "lower(p.title COLLATE \"C\")";

        protected override string OrOperator => " | ";

        protected override string AndOperator => " & ";

        public override Task<List<SearchRow>> RowsAsync(string sql, List<object> parameters, CancellationToken ct) =>
            QueryAsync(sql, parameters, r => new SearchRow
            {
                Id = r.GetInt64(0),
                Tier = r.GetInt32(1),
                Upvotes = r.GetInt32(2),
                PublishedAt = r.GetDateTime(3),
                Total = Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture),
            }, ct);

        protected override Task<List<int>> IntegersAsync(string sql, List<object> parameters, CancellationToken ct) =>
            QueryAsync(sql, parameters, r => r.GetInt32(0), ct);

        /// <summary>Runs on the search pool, with positional parameters ($1…) in place of the {0}… placeholders.</summary>
        private async Task<List<T>> QueryAsync<T>(string sql, List<object> parameters, Func<NpgsqlDataReader, T> read, CancellationToken ct)
        {
            await using var connection = await connections.OpenConnectionAsync(ct);
            await using var command = new NpgsqlCommand(PlaceholderPattern().Replace(sql, m => "$" + (int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) + 1)), connection);
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }

            return rows;
        }

        [GeneratedRegex(@"\{([0-9]+)\}")]
        private static partial Regex PlaceholderPattern();

        protected override string Quote(string word) =>
            "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

        // One tsvector per scope, each with its own GIN index and statistics, so the planner can tell a
        // word that is in every description from one that is in no title.
        protected override string Stemmed(string expression, SearchScope scope, List<object> parameters) => scope switch
        {
            SearchScope.Title => "p.search_title",
            SearchScope.Named => "p.search_named",
            _ => "p.search_vector",
        } + $" @@ to_tsquery({Config}, {Placeholder(parameters, expression)})";

        protected override string Prefix(string expression, List<object> parameters) =>
            $"p.search_prefix @@ to_tsquery('pg_catalog.simple'::regconfig, {Placeholder(parameters, expression)})";

        protected override string PhraseExpression(IReadOnlyList<string> words) => "(" + string.Join(" <-> ", words.Select(Quote)) + ")";

        // search_prefix weighs title words A, tagline and tag words B.
        protected override string PrefixExpression(string word, SearchScope scope) => Quote(word) + (scope == SearchScope.Title ? ":*A" : ":*");

        protected override string Restrict(string expression, SearchScope scope) => expression;

        protected override string Known(string word, List<object> parameters) =>
            $"EXISTS (SELECT 1 FROM products AS p WHERE p.search_prefix @@ to_tsquery('pg_catalog.simple'::regconfig, {Placeholder(parameters, Quote(word) + ":*")})) "
            + $"OR EXISTS (SELECT 1 FROM products AS p WHERE p.search_vector @@ to_tsquery({Config}, {Placeholder(parameters, Quote(word))}))";

        public override Task<List<string>> SimilarWordCandidatesAsync(string word, CancellationToken ct)
        {
            var length = SearchText.Length(word);
            // % is pg_trgm's similarity operator (threshold 0.3 by default, below ours), served by the trigram index.
            return QueryAsync(
                "SELECT DISTINCT term FROM search_terms WHERE term OPERATOR(public.%) {0} AND length(term) BETWEEN {1} AND {2}",
                [word, length - ProductSearch.TypoLengthDifference, length + ProductSearch.TypoLengthDifference], r => r.GetString(0), ct);
        }

        protected override string Has(string word, List<object> parameters) =>
            $"EXISTS (SELECT 1 FROM products AS p WHERE p.search_prefix @@ to_tsquery('pg_catalog.simple'::regconfig, {Placeholder(parameters, Quote(word))}))";
    }
}
