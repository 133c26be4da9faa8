using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Products;
using Vitrin.Api.Tests.Categories;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Products;

/// <summary>
/// <c>GET /products</c> reads its page with hand-written SQL (<see cref="ProductListSql"/>). These tests
/// hold it to the LINQ it stands in for: the same rows, in the same order, with every field of
/// <see cref="ProductSummaries"/>' projection, for each sort, filter and keyset position.
/// </summary>
public sealed class ProductListSqlTests(VitrinApp app)
{
    public static TheoryData<ProductSort> Sorts => [ProductSort.Trending, ProductSort.Top, ProductSort.New];

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task ReadsWhatTheLinqProjectionReads(ProductSort sort)
    {
        var (maker, tag) = await ArrangeAsync();
        var since = DateTime.UtcNow.AddDays(-3);
        ProductListFilter[] filters =
        [
            new(null, null, null, maker, null),
            new(since, null, null, maker, null),
            new(null, "design-tools", null, maker, null),
            new(null, null, tag, maker, null),
            new(null, null, tag, null, null),
            new(null, null, null, maker, true),
            new(since, "design-tools", tag, maker, true),
        ];

        await app.WithDbAsync(async db =>
        {
            foreach (var filter in filters)
            {
                var expected = await Expected(db, sort, filter).ToListAsync();
                Assert.Equal(Json(expected), Json(await ProductListSql.ReadAsync(db, sort, filter, null, 100, CancellationToken.None)));

                for (var i = 0; i < expected.Count; i++)
                {
                    var last = expected[i];
                    var score = sort == ProductSort.Top ? last.UpvoteCount : last.TrendingScore;
                    var after = await ProductListSql.ReadAsync(db, sort, filter, (last.Id, score, last.PublishedAt!.Value), 2, CancellationToken.None);
                    Assert.Equal(Json(expected.Skip(i + 1).Take(2)), Json(after));
                }
            }

            return 0;
        });
    }

    /// <summary>The list reads the maker's and the category's fields from the product row's copies, which the database keeps.</summary>
    [Fact]
    public async Task CopiesOnTheProductRowFollowTheMakerAndTheCategory()
    {
        var admin = await app.RegisterWithRolesAsync("listadmin", "admin");
        var (category, other) = (await admin.CreateCategoryAsync(), await admin.CreateCategoryAsync());
        var maker = await app.RegisterAsync("listcopy");
        var first = await maker.CreateAsync(category: category.Slug());
        var moved = await maker.CreateAsync(category: category.Slug());
        var normalized = maker.Username.ToUpperInvariant();
        var renamedSlug = $"renamed-{Guid.NewGuid().ToString("N")[..8]}";

        (await maker.Client.PatchAsJsonAsync("/api/v1/users/me", new { displayName = "Renamed Maker" })).EnsureSuccessStatusCode();
        await app.WithDbAsync(db => db.Users.Where(u => u.NormalizedUserName == normalized)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AvatarPath, "avatars/renamed.webp")));
        (await admin.Client.PatchAsJsonAsync($"/api/v1/categories/{category.Slug()}",
            new { slug = renamedSlug, name = TestCategories.UniqueName("Renamed"), icon = "star", color = "#123456" })).EnsureSuccessStatusCode();
        (await maker.Client.PatchAsJsonAsync($"/api/v1/products/{moved.Id()}", new { category = other.Slug() })).EnsureSuccessStatusCode();

        await app.WithDbAsync(async db =>
        {
            foreach (var filter in new ProductListFilter[] { new(null, null, null, normalized, null), new(null, renamedSlug, null, null, null) })
            {
                var expected = await Expected(db, ProductSort.New, filter).ToListAsync();
                Assert.Equal(Json(expected), Json(await ProductListSql.ReadAsync(db, ProductSort.New, filter, null, 100, CancellationToken.None)));
            }

            var mine = await Expected(db, ProductSort.New, new(null, null, null, normalized, null)).ToListAsync();
            Assert.Equal([moved.Id(), first.Id()], mine.Select(p => p.Id));
            Assert.All(mine, p => Assert.Equal(("Renamed Maker", "/media/avatars/renamed.webp"), (p.Author.DisplayName, p.Author.AvatarUrl)));
            Assert.Equal([other.Slug(), renamedSlug], mine.Select(p => p.Category.Slug));
            Assert.Equal("#123456", mine[1].Category.Color);
            return 0;
        });
    }

    [Fact]
    public async Task ReadsInsideTheContextsTransaction()
    {
        var (maker, _) = await ArrangeAsync();

        var count = await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Products.Where(p => p.Author.NormalizedUserName == maker).ExecuteUpdateAsync(s => s.SetProperty(p => p.Hidden, true));
            var seen = await ProductListSql.ReadAsync(db, ProductSort.New, new(null, null, null, maker, null), null, 100, CancellationToken.None);
            await transaction.RollbackAsync();
            return seen.Count;
        });

        Assert.Equal(0, count);
        Assert.Equal(5, await app.WithDbAsync(db => db.Products.CountAsync(p => p.Author.NormalizedUserName == maker && !p.Hidden
            && p.Status == ProductStatus.Published)));
    }

    /// <summary>One maker's products: two categories, a tag on some, ties in every sort key, a thumbnail, an avatar, and rows no list shows.</summary>
    private async Task<(string Maker, string Tag)> ArrangeAsync()
    {
        var maker = await app.RegisterAsync("sqllist");
        var tag = "sql-" + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var product = await maker.CreateAsync(category: i % 2 == 0 ? "design-tools" : "productivity", tags: i % 3 == 0 ? [tag, "zeta"] : []);
            ids.Add(product.Id());
        }

        var draft = await maker.CreateAsync(status: "draft", tags: [tag]);
        var now = DateTime.UtcNow;
        var normalized = maker.Username.ToUpperInvariant();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i];
                var (upvotes, score, published) = (i % 3 * 5, i % 2 * 1.5, now.AddDays(-(i / 2) * 2));
                await db.Products.Where(p => p.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(p => p.UpvoteCount, upvotes)
                    .SetProperty(p => p.TrendingScore, score)
                    .SetProperty(p => p.PublishedAt, published)
                    .SetProperty(p => p.Featured, i % 2 == 0)
                    .SetProperty(p => p.ThumbnailPath, i == 1 ? "thumbs/one.webp" : null)
                    .SetProperty(p => p.Hidden, i == 5));
            }

            return await db.Users.Where(u => u.NormalizedUserName == normalized)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AvatarPath, "avatars/maker.webp").SetProperty(u => u.DisplayName, "Maker"));
        });

        Assert.NotEqual(0, draft.Id());
        return (normalized, tag);
    }

    /// <summary>The list as LINQ would read it.</summary>
    private static IQueryable<ProductSummary> Expected(VitrinDbContext db, ProductSort sort, ProductListFilter f)
    {
        var products = db.Products.Where(p => p.Status == ProductStatus.Published && !p.Hidden);
        products = f.PublishedSince is { } since ? products.Where(p => p.PublishedAt >= since) : products;
        products = f.Category is { } category ? products.Where(p => p.Category.Slug == category) : products;
        products = f.Tag is { } tag ? products.Where(p => p.Tags.Any(t => t.Tag.Slug == tag)) : products;
        products = f.NormalizedMaker is { } maker ? products.Where(p => p.Author.NormalizedUserName == maker) : products;
        products = f.Featured is not null ? products.Where(p => p.Featured) : products;
        products = sort switch
        {
            ProductSort.Trending => products.OrderByDescending(p => p.TrendingScore).ThenByDescending(p => p.Id),
            ProductSort.Top => products.OrderByDescending(p => p.UpvoteCount).ThenByDescending(p => p.Id),
            _ => products.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
        };
        return products.SelectSummaries();
    }

    /// <summary>Every field, including the score the cursor carries (not part of the API's JSON).</summary>
    private static string Json(IEnumerable<ProductSummary> items) =>
        JsonSerializer.Serialize(items.Select(i => new { Item = i, i.TrendingScore }), JsonSerializerOptions.Web);
}
