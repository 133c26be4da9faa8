using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Vitrin.Api.Data;
using Vitrin.Api.Users;

namespace Vitrin.Api.Products;

/// <summary>
/// The statement behind <c>GET /products</c>, the hottest read, written out and run with ADO.NET on
/// the context's own connection (primary or replica, and its transaction if one is open). EF Core's
/// compiled query spent about a fifth of the API's CPU on this page around the statement (its executor
/// builds a shaper delegate on every call, and wraps the reader); in four interleaved rounds on the
/// benchmark's dataset the plain read cut the API's CPU per page from 0.19 to 0.15 ms and served
/// 5 650 → 6 560 pages per second (medians). One SQL text serves both databases: the placeholders
/// are <c>$1</c>, <c>$2</c>…, positional for Npgsql and named parameters for SQLite; the page size is
/// written into the text, since PostgreSQL cannot cost a generic plan for a LIMIT parameter.
/// Each sort reads the index that matches it (<c>(status, hidden, key, id)</c>, see ProductConfiguration).
/// The maker's and the category's fields come from the product row's own copies (<c>maker_*</c>,
/// <c>category_*</c>), which database triggers keep (migration AddListingColumns), so it reads one table and
/// probes neither users nor categories per row. The statement alone costs PostgreSQL about 40 % less
/// (pgbench), and it served 11 % more pages per second end to end (median of an interleaved A/B, see the
/// README's Benchmarks).
/// The items are those of <see cref="ProductSummaries"/>'s projection; a test holds the two to the same answers.
/// </summary>
internal static class ProductListSql
{
    /// <summary>Which optional conditions a statement has; one SQL text per combination, sort and size.</summary>
    [Flags]
    private enum Shape
    {
        None = 0,
        Since = 1,
        Category = 2,
        Tag = 4,
        Maker = 8,
        Featured = 16,
        After = 32,
    }

    private static readonly ConcurrentDictionary<(ProductSort Sort, Shape Shape, int Take), string> Texts = new();

    /// <summary>Up to <paramref name="take"/> listed products matching <paramref name="filter"/>, after the keyset position if any, in the sort's order.</summary>
    public static async Task<List<ProductSummary>> ReadAsync(
        VitrinDbContext db, ProductSort sort, ProductListFilter filter, (long Id, double Score, DateTime Time)? after, int take,
        CancellationToken ct)
    {
        // The statement's shape and its parameters' values, in the order Text numbers them.
        var (shape, values) = (Shape.None, new List<object>(6));
        void Use(Shape part, params ReadOnlySpan<object> parameters)
        {
            shape |= part;
            values.AddRange(parameters);
        }

        if (filter.PublishedSince is { } since)
        {
            Use(Shape.Since, since);
        }

        if (filter.Category is { } category)
        {
            Use(Shape.Category, category);
        }

        if (filter.Tag is { } tag)
        {
            Use(Shape.Tag, tag);
        }

        if (filter.NormalizedMaker is { } maker)
        {
            Use(Shape.Maker, maker);
        }

        if (filter.Featured is not null)
        {
            Use(Shape.Featured);
        }

        if (after is { } a)
        {
            object position = sort switch
            {
                ProductSort.Trending => a.Score,
                ProductSort.Top => (int)a.Score,
                _ => a.Time,
            };
            Use(Shape.After, position, a.Id);
        }

        var sql = Texts.GetOrAdd((sort, shape, take), static key => Text(key.Sort, key.Shape, key.Take));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var sqlite = db.Database.IsSqlite();
            foreach (var value in values)
            {
                var parameter = command.CreateParameter();
                if (sqlite)
                {
                    parameter.ParameterName = "$" + (command.Parameters.Count + 1);
                }

                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            var rows = new List<ProductSummary>(take);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(Read(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Text(ProductSort sort, Shape shape, int take)
    {
        var (key, order) = sort switch
        {
            ProductSort.Trending => ("p.trending_score", "p.trending_score DESC, p.id DESC"),
            ProductSort.Top => ("p.upvote_count", "p.upvote_count DESC, p.id DESC"),
            ProductSort.New => ("p.published_at", "p.published_at DESC, p.id DESC"),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Not a sort of GET /products."),
        };

        var n = 0;
        var where = new StringBuilder("p.status = 'published' AND NOT p.hidden");
        if (shape.HasFlag(Shape.Since))
        {
            where.Append($" AND p.published_at >= ${++n}");
        }

        if (shape.HasFlag(Shape.Category))
        {
            where.Append($" AND p.category_slug = ${++n}");
        }

        if (shape.HasFlag(Shape.Tag))
        {
            where.Append($" AND EXISTS (SELECT 1 FROM product_tags AS pt INNER JOIN tags AS t ON t.id = pt.tag_id WHERE pt.product_id = p.id AND t.slug = ${++n})");
        }

        if (shape.HasFlag(Shape.Maker))
        {
            where.Append($" AND p.author_id = (SELECT u.id FROM users AS u WHERE u.normalized_user_name = ${++n})");
        }

        if (shape.HasFlag(Shape.Featured))
        {
            where.Append(" AND p.featured");
        }

        if (shape.HasFlag(Shape.After))
        {
            // A row comparison: PostgreSQL starts the index range at it. Spelled "key <= $1 AND (key < $1
            // OR id < $2)", PostgreSQL planned every later page afresh (0 generic plans in
            // pg_prepared_statements), about 0.3 ms of its CPU per page. The values come through
            // one-row subqueries (InitPlans) so that the planner sees no value in either plan: with the
            // bare parameters it costed a custom plan for a cursor near the top below the generic one
            // and re-planned every page (0.1 ms each; 4 000 against 5 800 pages per second).
            where.Append($" AND ({key}, p.id) < ((SELECT ${++n}), (SELECT ${++n}))");
        }

        return $"""
            SELECT p.id, p.slug, p.title, p.tagline, p.thumbnail_path,
                   p.category_id, p.category_slug, p.category_name, p.category_icon, p.category_color, p.search_tags,
                   p.author_id, p.maker_user_name, p.maker_display_name, p.maker_avatar_path,
                   p.featured, p.upvote_count, p.comment_count, p.view_count, p.published_at, p.created_at, p.trending_score
            FROM products AS p
            WHERE {where}
            ORDER BY {order}
            LIMIT {take}
            """;
    }

    private static ProductSummary Read(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        ProductSummaries.MediaUrl(r.IsDBNull(4) ? null : r.GetString(4)),
        new CategoryRef(r.GetInt64(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9)),
        ProductSummaries.TagList(r.GetString(10)),
        new UserSummary(r.GetInt64(11), r.GetString(12), r.IsDBNull(13) ? null : r.GetString(13),
            ProductSummaries.MediaUrl(r.IsDBNull(14) ? null : r.GetString(14))),
        ProductStatus.Published,
        r.GetBoolean(15),
        r.GetInt32(16),
        r.GetInt32(17),
        r.GetInt64(18),
        false,
        Utc(r.GetDateTime(19)),
        Utc(r.GetDateTime(20)))
    {
        TrendingScore = r.GetDouble(21),
    };

    /// <summary>PostgreSQL's timestamptz reads as UTC; SQLite's text has no zone, and is stored as UTC.</summary>
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
