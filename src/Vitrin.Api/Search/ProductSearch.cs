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

/// <summary>A matching product and its relevance tier, as the search SQL returns it.</summary>
public sealed class SearchHit
{
    public long Id { get; init; }
    public int Tier { get; init; }
}

/// <summary>
/// Full-text search over listed products (published, not hidden). Relevance is a tier — 0 the title
/// equals the query, 1 every term is in the title, 2 in title/tagline/tags, 3 somewhere (description)
/// — then upvotes, then publish time, then id: the same order on both databases, and a keyset, so
/// relevance pages have signed keyset cursors like every other list.
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

    private sealed record Position(SearchSort Sort, string Query, int Tier, int Upvotes, DateTime PublishedAt, long Id);

    private sealed class Row
    {
        public long Id { get; init; }
        public int Tier { get; init; }
        public int Upvotes { get; init; }
        public DateTime? PublishedAt { get; init; }
    }

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
        if (after is not null && (after.Sort != sort || after.Query != fingerprint))
        {
            throw new QueryValidationException("cursor", "The cursor belongs to another search; start again from the first page.");
        }

        var hits = await HitsAsync(db, query, ct);
        var listed = db.Products.Listed();
        if (query.Categories.Count > 0)
        {
            listed = listed.Where(p => query.Categories.Contains(p.Category.Slug));
        }

        foreach (var tag in query.Tags)
        {
            listed = listed.Where(p => p.Tags.Any(t => t.Tag.Slug == tag));
        }

        if (query.Makers.Count > 0)
        {
            listed = listed.Where(p => query.Makers.Contains(p.Author.NormalizedUserName!));
        }

        var rows = from h in hits
                   join p in listed on h.Id equals p.Id
                   select new Row { Id = p.Id, Tier = h.Tier, Upvotes = p.UpvoteCount, PublishedAt = p.PublishedAt };
        rows = (sort, after) switch
        {
            (_, null) => rows,
            (SearchSort.New, { } a) => rows.Where(r => r.PublishedAt < a.PublishedAt || (r.PublishedAt == a.PublishedAt && r.Id < a.Id)),
            (SearchSort.Top, { } a) => rows.Where(r => r.Upvotes < a.Upvotes || (r.Upvotes == a.Upvotes && r.Id < a.Id)),
            (_, { } a) => rows.Where(r => r.Tier > a.Tier || (r.Tier == a.Tier && (r.Upvotes < a.Upvotes || (r.Upvotes == a.Upvotes
                && (r.PublishedAt < a.PublishedAt || (r.PublishedAt == a.PublishedAt && r.Id < a.Id)))))),
        };
        rows = sort switch
        {
            SearchSort.New => rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id),
            SearchSort.Top => rows.OrderByDescending(r => r.Upvotes).ThenByDescending(r => r.Id),
            _ => rows.OrderBy(r => r.Tier).ThenByDescending(r => r.Upvotes).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id),
        };
        var found = await rows.Take(page.Limit + 1).AsNoTracking().ToListAsync(ct);
        var ids = found.Select(r => r.Id).ToList();
        var summaries = (await db.Products.Where(p => ids.Contains(p.Id)).Select(ProductProjections.Summary(db, viewerId)).AsNoTracking().ToListAsync(ct))
            .ToDictionary(s => s.Id);
        return cursors.Page(
            found.Where(r => summaries.ContainsKey(r.Id)).ToList(), page.Limit,
            r => new Position(sort, fingerprint, r.Tier, r.Upvotes, r.PublishedAt ?? default, r.Id),
            r => summaries[r.Id]);
    }

    /// <summary>Ids and tiers of every product (any status) the terms match; listing rules are applied by the caller.</summary>
    private static async Task<IQueryable<SearchHit>> HitsAsync(VitrinDbContext db, SearchQuery query, CancellationToken ct)
    {
        var dialect = SearchDialect.For(db);
        var parameters = new List<object>();
        if (!query.HasTerms)
        {
            return db.Database.SqlQueryRaw<SearchHit>("SELECT p.id AS id, 1 AS tier FROM products AS p");
        }

        var terms = new List<SearchTerm>();
        foreach (var word in query.Words)
        {
            terms.Add(new SearchTerm([word, .. await CorrectionsAsync(db, dialect, word, ct)]));
        }

        terms.AddRange(query.Phrases.Select(p => new SearchTerm(p, p)));
        // The word being typed also matches as a prefix; it is the last word, so its term is moved last.
        var prefix = query.PrefixWord;
        if (prefix is not null && query.Phrases.Count > 0)
        {
            var last = terms[query.Words.Count - 1];
            terms.RemoveAt(query.Words.Count - 1);
            terms.Add(last);
        }

        var sql = new StringBuilder("SELECT p.id AS id, CASE WHEN ");
        sql.Append(dialect.LowerTitle).Append(" = ").Append(SearchDialect.Placeholder(parameters, query.ExactTitle)).Append(" THEN 0 WHEN ");
        sql.Append(dialect.Match(terms, prefix, SearchScope.Title, parameters)).Append(" THEN 1 WHEN ");
        sql.Append(dialect.Match(terms, prefix, SearchScope.Named, parameters)).Append(" THEN 2 ELSE 3 END AS tier FROM products AS p WHERE ");
        sql.Append(dialect.Match(terms, prefix, SearchScope.All, parameters));
        if (query.Excluded.Count > 0)
        {
            sql.Append(" AND NOT (").Append(dialect.Any(query.Excluded, parameters)).Append(')');
        }

        return db.Database.SqlQueryRaw<SearchHit>(sql.ToString(), [.. parameters]);
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
