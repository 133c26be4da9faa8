using System.Text;
using Microsoft.EntityFrameworkCore;
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
/// What differs between SQLite (FTS5) and PostgreSQL (tsvector): the match expressions and the
/// vocabulary look-ups. Every piece of user text reaches the database as a bound parameter: an FTS5
/// MATCH string or a to_tsquery string built from normalized words (letters and digits only), each
/// quoted. The SQL text itself is made of constants.
/// </summary>
public abstract class SearchDialect
{
    private static readonly SearchDialect SqliteDialect = new Sqlite();
    private static readonly SearchDialect PostgresDialect = new Postgres();

    public static SearchDialect For(VitrinDbContext db) => db.Database.IsNpgsql() ? PostgresDialect : SqliteDialect;

    /// <summary>
    /// Makes the database plan the search statements for their actual values until disposed (null when
    /// there is nothing to undo). See the PostgreSQL implementation.
    /// </summary>
    public abstract Task<IAsyncDisposable?> CustomPlansAsync(VitrinDbContext db, CancellationToken ct);

    /// <summary>Whether a tier's matches are counted before choosing how to read them (see ProductSearch).</summary>
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
    /// True when the word is no typo: some product's title, tagline or tag has a word starting with it,
    /// or some product's text has it (stemmed). Products of any status count, as in the vocabulary.
    /// </summary>
    public abstract Task<bool> IsKnownAsync(VitrinDbContext db, string word, CancellationToken ct);

    /// <summary>
    /// Vocabulary words that may be within <see cref="ProductSearch.TypoSimilarity"/> of <paramref name="word"/>:
    /// a superset; the caller decides with <see cref="SearchText.Similarity"/>, the same on both databases.
    /// </summary>
    public abstract Task<List<string>> SimilarWordCandidatesAsync(VitrinDbContext db, string word, CancellationToken ct);

    /// <summary>Whether some product still has this title, tagline or tag word (the PostgreSQL vocabulary only grows).</summary>
    public abstract Task<bool> HasWordAsync(VitrinDbContext db, string word, CancellationToken ct);

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

    private sealed class Sqlite : SearchDialect
    {
        public override bool CountsFirst => false;

        public override Task<IAsyncDisposable?> CustomPlansAsync(VitrinDbContext db, CancellationToken ct) => Task.FromResult<IAsyncDisposable?>(null);

        public override string LowerTitle => "lower(p.title)";

        protected override string OrOperator => " OR ";

        protected override string AndOperator => " AND ";

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

        public override Task<bool> IsKnownAsync(VitrinDbContext db, string word, CancellationToken ct) =>
            db.Database.SqlQueryRaw<bool>(
                """
                SELECT EXISTS (SELECT 1 FROM product_words_vocab WHERE term >= {0} AND term < {1})
                    OR EXISTS (SELECT 1 FROM product_search WHERE product_search MATCH {2}) AS "Value"
                """, word, word + "\U0010FFFF", Quote(word)).SingleAsync(ct);

        public override Task<List<string>> SimilarWordCandidatesAsync(VitrinDbContext db, string word, CancellationToken ct)
        {
            var length = SearchText.Length(word);
            return db.Database.SqlQueryRaw<string>(
                "SELECT term AS \"Value\" FROM product_words_vocab WHERE length(term) BETWEEN {0} AND {1}",
                length - ProductSearch.TypoLengthDifference, length + ProductSearch.TypoLengthDifference).ToListAsync(ct);
        }

        // The fts5vocab table reads the live index: every word it lists exists.
        public override Task<bool> HasWordAsync(VitrinDbContext db, string word, CancellationToken ct) => Task.FromResult(true);
    }

    private sealed class Postgres : SearchDialect
    {
        private const string Config = "'public.vitrin_search'::regconfig";

        public override bool CountsFirst => true;

        // Npgsql auto-prepares statements that repeat, and PostgreSQL then may switch to a generic plan
        // that ignores the words searched: fine for most queries, but here one plan cannot suit a word
        // in every product and a word in none (an EXISTS that should stop at the first row builds a
        // bitmap of 100 000). SET LOCAL keeps custom plans for this transaction only.
        public override async Task<IAsyncDisposable?> CustomPlansAsync(VitrinDbContext db, CancellationToken ct)
        {
            if (db.Database.CurrentTransaction is not null)
            {
                return null;
            }

            var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", ct);
            return transaction;
        }

        public override string LowerTitle => "lower(p.title COLLATE \"C\")";

        protected override string OrOperator => " | ";

        protected override string AndOperator => " & ";

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

        public override Task<bool> IsKnownAsync(VitrinDbContext db, string word, CancellationToken ct) =>
            db.Database.SqlQueryRaw<bool>(
                $$"""
                SELECT EXISTS (SELECT 1 FROM products AS p WHERE p.search_prefix @@ to_tsquery('pg_catalog.simple'::regconfig, {0}))
                    OR EXISTS (SELECT 1 FROM products AS p WHERE p.search_vector @@ to_tsquery({{Config}}, {1})) AS "Value"
                """, Quote(word) + ":*", Quote(word)).SingleAsync(ct);

        public override Task<List<string>> SimilarWordCandidatesAsync(VitrinDbContext db, string word, CancellationToken ct)
        {
            var length = SearchText.Length(word);
            // % is pg_trgm's similarity operator (threshold 0.3 by default, below ours), served by the trigram index.
            return db.Database.SqlQueryRaw<string>(
                "SELECT DISTINCT term AS \"Value\" FROM search_terms WHERE term OPERATOR(public.%) {0} AND length(term) BETWEEN {1} AND {2}",
                word, length - ProductSearch.TypoLengthDifference, length + ProductSearch.TypoLengthDifference).ToListAsync(ct);
        }

        // One word per statement, so the planner sees the word and can tell a common one (any row will
        // do) from a rare one (the GIN index).
        public override Task<bool> HasWordAsync(VitrinDbContext db, string word, CancellationToken ct) =>
            db.Database.SqlQueryRaw<bool>(
                "SELECT EXISTS (SELECT 1 FROM products AS p WHERE p.search_prefix @@ to_tsquery('pg_catalog.simple'::regconfig, {0})) AS \"Value\"",
                Quote(word)).SingleAsync(ct);
    }
}
