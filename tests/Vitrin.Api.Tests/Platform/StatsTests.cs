using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Categories;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Platform;

/// <summary>
/// Site-wide counts move with every other test's writes, so these tests run alone, after the
/// parallel ones: then a count moves by exactly what the test itself did.
/// </summary>
[CollectionDefinition(nameof(StatsTests), DisableParallelization = true)]
public sealed class StatsRunAlone;

[Collection(nameof(StatsTests))]
public sealed class StatsTests(VitrinApp app)
{
    private async Task<JsonElement> StatsAsync(HttpClient? client = null) =>
        await (await (client ?? app.Anonymous()).GetAsync("/api/v1/stats")).ReadJsonAsync();

    private static int Count(JsonElement stats, string name) => stats.GetProperty(name).GetInt32();

    [Fact]
    public async Task CountsMoveByExactlyWhatWasAdded()
    {
        var before = await StatsAsync();
        var admin = await app.RegisterWithRolesAsync("statadmin", "admin");
        var maker = await app.RegisterAsync("statmaker");
        var banned = await app.RegisterAsync("statbanned");
        var erased = await app.RegisterAsync("staterased");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == banned.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, DateTime.UtcNow)));
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == erased.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeletedAt, DateTime.UtcNow)));
        var category = (await admin.CreateCategoryAsync()).Slug();
        var tag = "st" + Guid.NewGuid().ToString("N")[..8];
        await maker.CreateAsync("published", category, [tag, tag + "-two"]);
        await maker.CreateAsync("published", category, [tag]);
        await maker.CreateAsync("draft", category, ["st" + Guid.NewGuid().ToString("N")[..8]]);
        var hidden = (await maker.CreateAsync("published", category)).Id();
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == hidden).ExecuteUpdateAsync(s => s.SetProperty(p => p.Hidden, true)));

        var after = await StatsAsync();

        Assert.Equal(Count(before, "products") + 2, Count(after, "products"));
        Assert.Equal(Count(before, "users") + 2, Count(after, "users"));
        Assert.Equal(Count(before, "categories") + 1, Count(after, "categories"));
        Assert.Equal(Count(before, "tags") + 2, Count(after, "tags"));
    }

    [Fact]
    public async Task CountsMatchTheDatabase()
    {
        var stats = await StatsAsync();

        var (products, users, categories) = await app.WithDbAsync(async db => (
            await db.Products.CountAsync(p => p.Status == Api.Products.ProductStatus.Published && !p.Hidden),
            await db.Users.CountAsync(u => u.BannedAt == null && u.DeletedAt == null),
            await db.Categories.CountAsync()));
        Assert.Equal(products, Count(stats, "products"));
        Assert.Equal(users, Count(stats, "users"));
        Assert.Equal(categories, Count(stats, "categories"));
    }

    [Fact]
    public async Task TrendingIsTheTopFiveListedProductsByTrendingScore()
    {
        var maker = await app.RegisterAsync("stattrend");
        var voter = await app.RegisterAsync("statvoter");
        var hot = (await maker.CreateAsync()).Id();
        var hotter = (await maker.CreateAsync()).Id();
        await SetScoreAsync(hot, 1e12);
        await SetScoreAsync(hotter, 2e12);

        var stats = await StatsAsync(voter.Client);

        var trending = stats.GetProperty("trending").EnumerateArray().ToList();
        Assert.InRange(trending.Count, 2, 5);
        Assert.Equal([hotter, hot], trending.Take(2).Select(p => p.Id()));
        var first = trending[0];
        Assert.Equal(maker.Username, first.GetProperty("author").GetProperty("username").GetString());
        Assert.Equal("published", first.GetProperty("status").GetString());
        Assert.False(first.GetProperty("viewerHasUpvoted").GetBoolean());
        Assert.False(first.TryGetProperty("trendingScore", out _));

        // Hidden products leave the list; leave no outsized scores behind for later tests.
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == hotter).ExecuteUpdateAsync(s => s.SetProperty(p => p.Hidden, true)));
        var afterHiding = await StatsAsync();
        await SetScoreAsync(hot, 0);
        await SetScoreAsync(hotter, 0);
        Assert.Equal(hot, afterHiding.GetProperty("trending")[0].Id());
        Assert.DoesNotContain(hotter, afterHiding.GetProperty("trending").EnumerateArray().Select(p => p.Id()));
    }

    [Fact]
    public async Task TopCategoriesAreTheFiveWithTheMostListedProducts()
    {
        var admin = await app.RegisterWithRolesAsync("statadmin", "admin");
        var maker = await app.RegisterAsync("stattop");
        var busiest = (await admin.CreateCategoryAsync()).Slug();
        var most = await app.WithDbAsync(db => db.Products.Where(p => p.Status == Api.Products.ProductStatus.Published && !p.Hidden)
            .GroupBy(p => p.CategoryId).Select(g => g.Count()).OrderDescending().FirstOrDefaultAsync());
        for (var i = 0; i <= most; i++)
        {
            await maker.CreateAsync("published", busiest);
        }

        var stats = await StatsAsync();
        var list = await (await app.Anonymous().GetAsync("/api/v1/categories")).ReadJsonAsync();

        var top = stats.GetProperty("topCategories").EnumerateArray().ToList();
        Assert.Equal(5, top.Count);
        Assert.Equal(busiest, top[0].Slug());
        Assert.Equal(most + 1, top[0].ProductCount());
        var expected = list.EnumerateArray().OrderByDescending(c => c.ProductCount()).Take(5).Select(c => (c.Slug(), c.ProductCount()));
        Assert.Equal(expected, top.Select(c => (c.Slug(), c.ProductCount())));
    }

    [Fact]
    public async Task TopCategoriesShowWhetherTheViewerFollowsThem()
    {
        var fan = await app.RegisterAsync("statfan");
        var top = (await StatsAsync()).GetProperty("topCategories")[0].Slug();
        await fan.Client.PutAsync($"/api/v1/categories/{top}/follow", null);

        var mine = await StatsAsync(fan.Client);
        var anonymous = await StatsAsync();

        Assert.True(mine.GetProperty("topCategories")[0].ViewerFollows());
        Assert.False(anonymous.GetProperty("topCategories")[0].ViewerFollows());
    }

    private Task<int> SetScoreAsync(long id, double score) =>
        app.WithDbAsync(db => db.Products.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.TrendingScore, score)));
}
