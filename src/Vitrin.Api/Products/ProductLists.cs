using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Products;

public enum ProductSort
{
    Trending,
    New,
    Top,

    /// <summary>Newest created first; for a maker's own list, where drafts have no publish date.</summary>
    Created,
}

public enum ProductPeriod
{
    Day,
    Week,
    Month,
    Year,
    All,
}

/// <summary>A page of a product list before its items are loaded: immutable, so the cache hands out one instance.</summary>
[System.ComponentModel.ImmutableObject(true)]
public sealed record ProductPageSelection(IReadOnlyList<long> Ids, string? NextCursor)
{
    public static ProductPageSelection Of(Page<ProductSummary> page) => new([.. page.Items.Select(i => i.Id)], page.NextCursor);
}

/// <summary>The filters of <c>GET /products</c>; null means "no filter".</summary>
public sealed record ProductListFilter(DateTime? PublishedSince, string? Category, string? Tag, string? NormalizedMaker, bool? Featured);

/// <summary>
/// Keyset pages of products. Each sort reads the index that matches it (see ProductConfiguration),
/// and the cursor holds the last row's sort key, so later pages cost the same as the first.
/// </summary>
public static class ProductLists
{
    private sealed record Position(ProductSort Sort, double Score, DateTime Time, long Id);

    /// <summary>A page of list items, in one statement.</summary>
    public static async Task<Page<ProductSummary>> PageAsync(
        this IQueryable<Product> query, VitrinDbContext db, ProductSort sort, PageRequest page, long? viewerId,
        CursorCodec cursors, CancellationToken ct)
    {
        var rows = await query.Ordered(sort, page, cursors).SelectSummaries().TakeInlined(page.Limit + 1).ToListAsync(ct);
        var found = cursors.Page(rows, page.Limit, s => new SortKey(s.Id, s.TrendingScore, s.UpvoteCount, s.PublishedAt, s.CreatedAt).Position(sort), s => s);
        return found with { Items = await db.WithViewerUpvotesAsync([.. found.Items], viewerId, ct) };
    }

    /// <summary>
    /// A page of <c>GET /products</c>, the hottest read, in one statement. The query is compiled
    /// once per sort and page size (see <see cref="CompileList"/>), so EF Core neither rebuilds nor
    /// re-renders it per call, and the page size is written into the SQL: PostgreSQL cannot cost a
    /// generic plan for a LIMIT parameter and would re-plan every execution. Filters left out are
    /// null parameters, which EF Core drops from the SQL (one cached SQL text per set of filters).
    /// </summary>
    public static async Task<Page<ProductSummary>> ListPageAsync(
        this VitrinDbContext db, ProductSort sort, ProductListFilter filter, PageRequest page, long? viewerId,
        CursorCodec cursors, CancellationToken ct)
    {
        var after = AfterPosition(sort, page, cursors);
        var query = CompiledLists.GetOrAdd((sort, page.Limit + 1), static key => CompileList(key.Sort, key.Take));
        var rows = new List<ProductSummary>(page.Limit + 1);
        await foreach (var row in query(
            db, filter.PublishedSince, filter.Category, filter.Tag, filter.NormalizedMaker, filter.Featured,
            after?.Id, after?.Score ?? 0, after?.Time ?? DateTime.UnixEpoch).WithCancellation(ct))
        {
            rows.Add(row);
        }

        var found = cursors.Page(rows, page.Limit, s => new SortKey(s.Id, s.TrendingScore, s.UpvoteCount, s.PublishedAt, s.CreatedAt).Position(sort), s => s);
        return found with { Items = await db.WithViewerUpvotesAsync([.. found.Items], viewerId, ct) };
    }

    private delegate IAsyncEnumerable<ProductSummary> ListQuery(
        VitrinDbContext db, DateTime? since, string? category, string? tag, string? maker, bool? featured,
        long? afterId, double afterScore, DateTime afterTime);

    private static readonly ConcurrentDictionary<(ProductSort Sort, int Take), ListQuery> CompiledLists = new();

    /// <summary>Listed products matching the filters; a null filter is no filter.</summary>
    private static readonly Expression<Func<VitrinDbContext, DateTime?, string?, string?, string?, bool?, IQueryable<Product>>> Filtered =
        (db, since, category, tag, maker, featured) => db.Products.Where(p =>
            p.Status == ProductStatus.Published && !p.Hidden
            && (since == null || p.PublishedAt >= since)
            && (category == null || p.Category.Slug == category)
            && (tag == null || p.Tags.Any(t => t.Tag.Slug == tag))
            && (maker == null || p.Author.NormalizedUserName == maker)
            && (featured == null || p.Featured));

    /// <summary>Each list sort: the rows after the cursor (none on the first page: a null id), in order. Same cursors as <see cref="Ordered"/>.</summary>
    private static Expression<Func<IQueryable<Product>, long?, double, DateTime, IQueryable<Product>>> SortedAfter(ProductSort sort) => sort switch
    {
        ProductSort.Trending => (products, afterId, score, time) => products
            .Where(p => afterId == null || (p.TrendingScore <= score && (p.TrendingScore < score || p.Id < afterId)))
            .OrderByDescending(p => p.TrendingScore).ThenByDescending(p => p.Id),
        ProductSort.Top => (products, afterId, score, time) => products
            .Where(p => afterId == null || (p.UpvoteCount <= (int)score && (p.UpvoteCount < (int)score || p.Id < afterId)))
            .OrderByDescending(p => p.UpvoteCount).ThenByDescending(p => p.Id),
        ProductSort.New => (products, afterId, score, time) => products
            .Where(p => afterId == null || (p.PublishedAt <= time && (p.PublishedAt < time || p.Id < afterId)))
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Not a sort of GET /products."),
    };

    /// <summary>Filtered, then sorted after the cursor, projected to list items, <paramref name="take"/> rows (a constant in the SQL).</summary>
    private static ListQuery CompileList(ProductSort sort, int take)
    {
        var sorted = SortedAfter(sort);
        var body = ReplacingExpressionVisitor.Replace(sorted.Parameters[0], Filtered.Body, sorted.Body);
        var items = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(ProductSummary)],
            ProductSummaries.Select(body), Expression.Constant(take));
        var query = EF.CompileAsyncQuery(
            Expression.Lambda<Func<VitrinDbContext, DateTime?, string?, string?, string?, bool?, long?, double, DateTime, IQueryable<ProductSummary>>>(
                items, [.. Filtered.Parameters, .. sorted.Parameters.Skip(1)]));
        return (db, since, category, tag, maker, featured, afterId, score, time) =>
            query(db, since, category, tag, maker, featured, afterId, score, time);
    }

    private static Position? AfterPosition(ProductSort sort, PageRequest page, CursorCodec cursors)
    {
        var after = page.After<Position>(cursors);
        if (after is not null && after.Sort != sort)
        {
            throw new QueryValidationException("cursor", "The cursor belongs to another sort order; start again from the first page.");
        }

        return after;
    }

    /// <summary>The products after the page's cursor, in the sort's order.</summary>
    private static IQueryable<Product> Ordered(this IQueryable<Product> query, ProductSort sort, PageRequest page, CursorCodec cursors)
    {
        var after = AfterPosition(sort, page, cursors);
        query = (sort, after) switch
        {
            (_, null) => query,
            // The leading "<=" bound lets the index serve the cursor as a range instead of a filter.
            (ProductSort.Trending, { } a) => query.Where(p => p.TrendingScore <= a.Score && (p.TrendingScore < a.Score || p.Id < a.Id)),
            (ProductSort.Top, { } a) => query.Where(p => p.UpvoteCount <= (int)a.Score && (p.UpvoteCount < (int)a.Score || p.Id < a.Id)),
            (ProductSort.New, { } a) => query.Where(p => p.PublishedAt <= a.Time && (p.PublishedAt < a.Time || p.Id < a.Id)),
            (_, { } a) => query.Where(p => p.CreatedAt <= a.Time && (p.CreatedAt < a.Time || p.Id < a.Id)),
        };
        return sort switch
        {
            ProductSort.Trending => query.OrderByDescending(p => p.TrendingScore).ThenByDescending(p => p.Id),
            ProductSort.Top => query.OrderByDescending(p => p.UpvoteCount).ThenByDescending(p => p.Id),
            ProductSort.New => query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
            _ => query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
        };
    }

    /// <summary>The columns every sort orders by; the cursor keeps the ones its sort uses.</summary>
    private sealed record SortKey(long Id, double TrendingScore, int UpvoteCount, DateTime? PublishedAt, DateTime CreatedAt)
    {
        public Position Position(ProductSort sort) => sort switch
        {
            ProductSort.Trending => new Position(sort, TrendingScore, default, Id),
            ProductSort.Top => new Position(sort, UpvoteCount, default, Id),
            ProductSort.New => new Position(sort, 0, PublishedAt!.Value, Id),
            _ => new Position(sort, 0, CreatedAt, Id),
        };
    }

    /// <summary>
    /// <c>Take</c> with the count written into the SQL. PostgreSQL cannot cost a generic plan for a
    /// LIMIT parameter, so it would plan this statement afresh on every execution; with a constant the
    /// prepared statement keeps one plan (measured with pgbench: about 3× the throughput). EF Core then
    /// re-renders this small statement's SQL per call, which costs far less.
    /// </summary>
    private static IQueryable<T> TakeInlined<T>(this IQueryable<T> query, int count) =>
        query.Provider.CreateQuery<T>(Expression.Call(
            typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query.Expression,
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Expression.Constant(count))));

    /// <summary>The page of list items a selection describes.</summary>
    public static async Task<Page<ProductSummary>> LoadPageAsync(
        this VitrinDbContext db, ProductPageSelection selection, long? viewerId, CancellationToken ct)
    {
        var items = await db.LoadSummariesAsync(selection.Ids, viewerId, ct);
        return new Page<ProductSummary>([.. selection.Ids.Where(items.ContainsKey).Select(id => items[id])], selection.NextCursor);
    }

    /// <summary>The earliest publication time a period lists (null: all time).</summary>
    public static DateTime? PeriodStart(ProductPeriod period, DateTime now) => period switch
    {
        ProductPeriod.Day => now.AddDays(-1),
        ProductPeriod.Week => now.AddDays(-7),
        ProductPeriod.Month => now.AddDays(-30),
        ProductPeriod.Year => now.AddDays(-365),
        _ => null,
    };
}
