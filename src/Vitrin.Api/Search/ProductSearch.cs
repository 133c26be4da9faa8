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

    /// <summary>How many products matched, counted up to the cap (the first statement only, see ProductSearchSql).</summary>
    public long Total { get; init; }
}

/// <summary>Where a search page ended: the last row's sort keys, bound to the search by a fingerprint.</summary>
internal sealed record SearchPosition(SearchSort Sort, string Query, int Tier, int Upvotes, DateTime PublishedAt, long Id);

/// <summary>
/// Full-text search over listed products (published, not hidden). Relevance is a tier — 0 the title
/// equals the query, 1 every term is in the title, 2 in title/tagline/tags, 3 somewhere (description)
/// — then upvotes, then publish time, then id: the same order on both databases, and a keyset, so
/// relevance pages have signed keyset cursors like every other list. A page costs one statement for
/// the matches when a search matches up to a few hundred products, two when it matches more (see
/// <see cref="ProductSearchSql"/>), and one for the items; a search that finds nothing also looks for typos.
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

    public const int LastTier = 3;

    /// <summary>
    /// Up to this many matches are sorted directly; more are read tier by tier in index order. Every
    /// search that matches more first counts this many matches (and each tier its own), so a lower cap
    /// makes common words cheaper; but a tier just above it is read in index order, filtered, which
    /// costs more the rarer its matches. Measured on 100 000 products at 16 connections: a word in every
    /// product went from 3.0 to 2.5 ms of PostgreSQL CPU (300 → 100), a prefix with 111 matches from 0.8
    /// to 2.0 ms (p99 19 → 34 ms).
    /// </summary>
    public const int DefaultFewMatches = 100;

    public static async Task<Page<ProductSummary>> PageAsync(
        VitrinDbContext db, SearchConnections connections, SearchQuery query, SearchSort sort, PageRequest page, long? viewerId,
        CursorCodec cursors, string queryKey, int fewMatches, CancellationToken ct)
    {
        if (!query.IsSearchable)
        {
            return new Page<ProductSummary>([], null);
        }

        var fingerprint = Fingerprint(queryKey);
        var after = page.After<SearchPosition>(cursors);
        if (after is not null && (after.Sort != sort || after.Query != fingerprint || after.Tier is < 0 or > LastTier))
        {
            throw new QueryValidationException("cursor", "The cursor belongs to another search; start again from the first page.");
        }

        // One or two statements per page (see ProductSearchSql.PageAsync). Typos are looked for only when the search
        // as typed finds nothing: a typo is a word no product has, so a search that finds a product has none.
        var dialect = SearchDialect.For(db, connections);
        var found = await ProductSearchSql.Create(dialect, query).PageAsync(sort, after, page.Limit + 1, fewMatches, ct);
        if (found.Count == 0 && await ProductSearchSql.WithCorrectionsAsync(dialect, query, ct) is { } corrected)
        {
            found = await corrected.PageAsync(sort, after, page.Limit + 1, fewMatches, ct);
        }

        var summaries = await db.LoadSummariesAsync(found.Select(r => r.Id), viewerId, ct);
        return cursors.Page(
            found.Where(r => summaries.ContainsKey(r.Id)).ToList(), page.Limit,
            r => new SearchPosition(sort, fingerprint, r.Tier, r.Upvotes, DateTime.SpecifyKind(r.PublishedAt, DateTimeKind.Utc), r.Id),
            r => summaries[r.Id]);
    }

    /// <summary>Binds a cursor to the search it came from (query text, filters), without carrying the text.</summary>
    private static string Fingerprint(string key) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 9));
}
