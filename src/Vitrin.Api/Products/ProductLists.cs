using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>A page of <c>GET /products</c>, the hottest read, in one statement (see <see cref="ProductListSql"/>).</summary>
    public static async Task<Page<ProductSummary>> ListPageAsync(
        this VitrinDbContext db, ProductSort sort, ProductListFilter filter, PageRequest page, long? viewerId,
        CursorCodec cursors, CancellationToken ct)
    {
        var after = AfterPosition(sort, page, cursors);
        var rows = await ProductListSql.ReadAsync(db, sort, filter, after is null ? null : (after.Id, after.Score, after.Time), page.Limit + 1, ct);
        var found = cursors.Page(rows, page.Limit, s => new SortKey(s.Id, s.TrendingScore, s.UpvoteCount, s.PublishedAt, s.CreatedAt).Position(sort), s => s);
        return found with { Items = await db.WithViewerUpvotesAsync([.. found.Items], viewerId, ct) };
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
