using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Search;

public enum SearchSort
{
    Relevance,
    New,
    Top,
}

/// <summary>A matching product's sort keys, as the search SQL returns them.</summary>
public sealed class SearchRow
{
    public long Id { get; init; }
    public int Tier { get; init; }
    public int Upvotes { get; init; }
    public DateTime PublishedAt { get; init; }
}

/// <summary>
/// Full-text search over listed products (published, not hidden). Relevance is a tier — 0 the title
/// equals the query, 1 every term is in the title, 2 in title/tagline/tags, 3 somewhere (description)
/// — then upvotes, then publish time, then id: the same order on both databases, and a keyset, so
/// relevance pages have signed keyset cursors like every other list. Each tier is its own query in
/// (upvotes, publish time, id) order, so a term found in every description still costs one page of rows.
/// </summary>
public static class ProductSearch
{
    /// <summary>pg_trgm similarity a vocabulary word needs to stand in for a misspelled query word.</summary>
    public const double TypoSimilarity = 0.4;

    /// <summary>Typo corrections differ in length from the query word by at most this many characters.</summary>
    public const int TypoLengthDifference = 2;

    /// <summary>Query words shorter than this are never corrected (too many near neighbours).</summary>
    public const int TypoMinLength = 4;

    public const int TypoAlternatives = 3;

    private const int LastTier = 3;

    private sealed record Position(SearchSort Sort, string Query, int Tier, int Upvotes, DateTime PublishedAt, long Id);

    public static async Task<Page<ProductSummary>> PageAsync(
        VitrinDbContext db, SearchQuery query, SearchSort sort, PageRequest page, long? viewerId, CursorCodec cursors,
        string queryKey, CancellationToken ct)
    {
        if (!query.IsSearchable)
        {
            return new Page<ProductSummary>([], null);
        }

        var fingerprint = Fingerprint(queryKey);
        var after = page.After<Position>(cursors);
        if (after is not null && (after.Sort != sort || after.Query != fingerprint || after.Tier is < 0 or > LastTier))
        {
            throw new QueryValidationException("cursor", "The cursor belongs to another search; start again from the first page.");
        }

        var matcher = await Matcher.CreateAsync(db, query, ct);
        var found = new List<SearchRow>();
        var tiers = sort == SearchSort.Relevance && query.HasTerms ? Enumerable.Range(after?.Tier ?? 0, LastTier + 1 - (after?.Tier ?? 0)) : [-1];
        foreach (var tier in tiers)
        {
            var rows = Filter(db, matcher.Rows(tier), query);
            rows = (sort, after) switch
            {
                (_, null) => rows,
                (SearchSort.New, { } a) => rows.Where(r => r.PublishedAt <= a.PublishedAt && (r.PublishedAt < a.PublishedAt || r.Id < a.Id)),
                (SearchSort.Top, { } a) => rows.Where(r => r.Upvotes <= a.Upvotes && (r.Upvotes < a.Upvotes || r.Id < a.Id)),
                (_, { } a) when a.Tier != Math.Max(tier, 0) => rows,
                (_, { } a) => rows.Where(r => r.Upvotes <= a.Upvotes && (r.Upvotes < a.Upvotes
                    || (r.PublishedAt <= a.PublishedAt && (r.PublishedAt < a.PublishedAt || r.Id < a.Id)))),
            };
            rows = sort switch
            {
                SearchSort.New => rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id),
                SearchSort.Top => rows.OrderByDescending(r => r.Upvotes).ThenByDescending(r => r.Id),
                _ => rows.OrderByDescending(r => r.Upvotes).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id),
            };
            found.AddRange(await rows.Take(page.Limit + 1 - found.Count).AsNoTracking().ToListAsync(ct));
            if (found.Count > page.Limit)
            {
                break;
            }
        }

        var ids = found.Select(r => r.Id).ToList();
        var summaries = (await db.Products.Where(p => ids.Contains(p.Id)).Select(ProductProjections.Summary(db, viewerId)).AsNoTracking().ToListAsync(ct))
            .ToDictionary(s => s.Id);
        return cursors.Page(
            found.Where(r => summaries.ContainsKey(r.Id)).ToList(), page.Limit,
            r => new Position(sort, fingerprint, r.Tier, r.Upvotes, DateTime.SpecifyKind(r.PublishedAt, DateTimeKind.Utc), r.Id),
            r => summaries[r.Id]);
    }

    /// <summary>The operators' filters: categories (any), tags (all), makers (any).</summary>
    private static IQueryable<SearchRow> Filter(VitrinDbContext db, IQueryable<SearchRow> rows, SearchQuery query)
    {
        if (query.Categories.Count > 0)
        {
            rows = rows.Where(r => db.Products.Any(p => p.Id == r.Id && query.Categories.Contains(p.Category.Slug)));
        }

        foreach (var tag in query.Tags)
        {
            rows = rows.Where(r => db.ProductTags.Any(t => t.ProductId == r.Id && t.Tag.Slug == tag));
        }

        if (query.Makers.Count > 0)
        {
            rows = rows.Where(r => db.Products.Any(p => p.Id == r.Id && query.Makers.Contains(p.Author.NormalizedUserName!)));
        }

        return rows;
    }

    /// <summary>The SQL for one tier (or, with -1, every match): listed products only.</summary>
    private sealed class Matcher(VitrinDbContext db, SearchDialect dialect, SearchQuery query, List<SearchTerm> terms)
    {
        public static async Task<Matcher> CreateAsync(VitrinDbContext db, SearchQuery query, CancellationToken ct)
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

            return new Matcher(db, dialect, query, terms);
        }

        public IQueryable<SearchRow> Rows(int tier)
        {
            var parameters = new List<object>();
            var sql = new StringBuilder("SELECT p.id AS id, ")
                .Append(Math.Max(tier, 0).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(" AS tier, p.upvote_count AS upvotes, p.published_at AS published_at FROM products AS p ")
                .Append("WHERE p.status = 'published' AND NOT p.hidden");
            if (query.HasTerms)
            {
                string Exact() => $"{dialect.LowerTitle} = {SearchDialect.Placeholder(parameters, query.ExactTitle)}";
                var condition = tier switch
                {
                    0 => $"{Exact()} AND {Match(SearchScope.All, parameters)}",
                    1 => $"{Match(SearchScope.Title, parameters)} AND NOT ({Exact()})",
                    2 => $"{Match(SearchScope.Named, parameters)} AND NOT {Match(SearchScope.Title, parameters)}",
                    3 => $"{Match(SearchScope.All, parameters)} AND NOT {Match(SearchScope.Named, parameters)}",
                    _ => Match(SearchScope.All, parameters),
                };
                sql.Append(" AND ").Append(condition);
                if (query.Excluded.Count > 0)
                {
                    sql.Append(" AND NOT (").Append(dialect.Any(query.Excluded, parameters)).Append(')');
                }
            }

            return db.Database.SqlQueryRaw<SearchRow>(sql.ToString(), [.. parameters]);
        }

        private string Match(SearchScope scope, List<object> parameters) => dialect.Match(terms, query.PrefixWord, scope, parameters);
    }

    /// <summary>
    /// Typo corrections for a word no title, tagline or tag word starts with: the vocabulary's most
    /// similar words (pg_trgm similarity ≥ <see cref="TypoSimilarity"/>), so "notin" also looks for "notion".
    /// </summary>
    private static async Task<List<string>> CorrectionsAsync(VitrinDbContext db, SearchDialect dialect, string word, CancellationToken ct)
    {
        var length = SearchText.Length(word);
        if (length < TypoMinLength || await dialect.HasWordStartingWithAsync(db, word, ct))
        {
            return [];
        }

        var candidates = (await dialect.SimilarWordCandidatesAsync(db, word, ct))
            .Where(c => c != word && Math.Abs(SearchText.Length(c) - length) <= TypoLengthDifference)
            .Select(c => (Word: c, Similarity: SearchText.Similarity(word, c)))
            .Where(c => c.Similarity >= TypoSimilarity)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word).Distinct().Take(20).ToList();
        return (await dialect.ExistingWordsAsync(db, candidates, ct)).Take(TypoAlternatives).ToList();
    }

    /// <summary>Binds a cursor to the search it came from (query text, filters), without carrying the text.</summary>
    private static string Fingerprint(string key) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 9));
}
