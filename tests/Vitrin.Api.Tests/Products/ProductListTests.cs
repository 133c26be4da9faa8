using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Upvotes;

namespace Vitrin.Api.Tests.Products;

public sealed class ProductListTests(VitrinApp app)
{
    private Task SetAsync(long id, int upvotes, double? score = null, DateTime? publishedAt = null, bool? featured = null) =>
        app.WithDbAsync(db => db.Products.Where(p => p.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.UpvoteCount, upvotes)
            .SetProperty(p => p.TrendingScore, p => score ?? p.TrendingScore)
            .SetProperty(p => p.PublishedAt, p => publishedAt ?? p.PublishedAt)
            .SetProperty(p => p.Featured, p => featured ?? p.Featured)));

    private async Task<List<long>> WalkAsync(HttpClient client, string url, Func<Task>? betweenPages = null)
    {
        var ids = new List<long>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync(url + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).ReadJsonAsync();
            ids.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
            if (betweenPages is not null)
            {
                await betweenPages();
            }
        }
        while (cursor is not null);
        return ids;
    }

    [Fact]
    public async Task NewestPagesHaveNoDuplicatesOrGapsWhileProductsArrive()
    {
        var maker = await app.RegisterAsync("pager");
        var original = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            original.Add((await maker.CreateAsync()).Id());
        }

        var seen = await WalkAsync(app.Anonymous(), $"/api/v1/products?sort=new&maker={maker.Username}&limit=3",
            async () => await maker.CreateAsync());

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(original.OrderDescending(), seen.Where(original.Contains));
    }

    [Fact]
    public async Task TrendingAndTopFollowTheirStoredKeys()
    {
        var maker = await app.RegisterAsync("ranks");
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await maker.CreateAsync()).Id());
        }

        await SetAsync(ids[0], upvotes: 50, score: 10);
        await SetAsync(ids[1], upvotes: 10, score: 30);
        await SetAsync(ids[2], upvotes: 30, score: 20);
        await SetAsync(ids[3], upvotes: 30, score: 20);
        await SetAsync(ids[4], upvotes: 0, score: 5);

        var trending = await WalkAsync(app.Anonymous(), $"/api/v1/products?maker={maker.Username}&limit=2");
        var top = await WalkAsync(app.Anonymous(), $"/api/v1/products?sort=top&maker={maker.Username}&limit=2");

        Assert.Equal([ids[1], ids[3], ids[2], ids[0], ids[4]], trending);
        Assert.Equal([ids[0], ids[3], ids[2], ids[1], ids[4]], top);
    }

    [Fact]
    public async Task FiltersNarrowTheList()
    {
        var maker = await app.RegisterAsync("filters");
        var tag = "filter-" + Guid.NewGuid().ToString("N")[..6];
        var tagged = await maker.CreateAsync(tags: [tag], category: "design-tools");
        var old = await maker.CreateAsync(category: "design-tools");
        var featured = await maker.CreateAsync(category: "productivity");
        await SetAsync(old.Id(), 0, publishedAt: DateTime.UtcNow.AddDays(-10));
        await SetAsync(featured.Id(), 0, featured: true);
        async Task<List<long>> Ids(string query) => (await (await app.Anonymous().GetAsync($"/api/v1/products?maker={maker.Username}&{query}")).ReadJsonAsync()).Ids().ToList();

        Assert.Equal([tagged.Id()], await Ids($"tag={tag}"));
        Assert.Equal(2, (await Ids("category=design-tools")).Count);
        Assert.Equal([featured.Id()], await Ids("featured=true"));
        Assert.DoesNotContain(old.Id(), await Ids("sort=top&period=week"));
        Assert.Contains(old.Id(), await Ids("sort=top&period=month"));
        Assert.Empty(await Ids("category=no-such-category"));
    }

    [Fact]
    public async Task ViewerHasUpvotedIsFilledForTheCaller()
    {
        var maker = await app.RegisterAsync("voted");
        var voter = await app.RegisterAsync("voter");
        var product = await maker.CreateAsync();
        await app.WithDbAsync(db =>
        {
            db.ProductUpvotes.Add(new ProductUpvote { ProductId = product.Id(), UserId = voter.Id, CreatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });

        var asVoter = await (await voter.Client.GetAsync($"/api/v1/products?maker={maker.Username}")).ReadJsonAsync();
        var asAnonymous = await (await app.Anonymous().GetAsync($"/api/v1/products?maker={maker.Username}")).ReadJsonAsync();
        var detail = await (await voter.Client.GetAsync($"/api/v1/products/{product.Id()}")).ReadJsonAsync();

        Assert.True(asVoter.GetProperty("items")[0].GetProperty("viewerHasUpvoted").GetBoolean());
        Assert.False(asAnonymous.GetProperty("items")[0].GetProperty("viewerHasUpvoted").GetBoolean());
        Assert.True(detail.GetProperty("viewerHasUpvoted").GetBoolean());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=1&limit=2", "limit")]
    [InlineData("sort=hot", "sort")]
    [InlineData("sort=Trending", "sort")]
    [InlineData("period=decade", "period")]
    [InlineData("period=1", "period")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("featured=maybe", "featured")]
    public async Task BadQueryValuesAreValidationProblems(string query, string field)
    {
        var response = await app.Anonymous().GetAsync($"/api/v1/products?{query}");

        var problem = await response.ReadProblemAsync(400);
        Assert.Contains(field, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedCursorIsRefused()
    {
        var maker = await app.RegisterAsync("tamper");
        await maker.CreateAsync();
        await maker.CreateAsync();
        var page = await (await app.Anonymous().GetAsync($"/api/v1/products?maker={maker.Username}&limit=1")).ReadJsonAsync();
        var cursor = page.GetProperty("nextCursor").GetString()!;
        var tampered = (cursor[^1] == 'A' ? cursor[..^1] + "B" : cursor[..^1] + "A");

        await (await app.Anonymous().GetAsync($"/api/v1/products?maker={maker.Username}&limit=1&cursor={tampered}")).AssertValidationErrorAsync("cursor");
    }

    [Fact]
    public async Task ACursorOnlyWorksWithItsOwnSort()
    {
        var maker = await app.RegisterAsync("sorts");
        await maker.CreateAsync();
        await maker.CreateAsync();
        var page = await (await app.Anonymous().GetAsync($"/api/v1/products?sort=top&maker={maker.Username}&limit=1")).ReadJsonAsync();
        var cursor = Uri.EscapeDataString(page.GetProperty("nextCursor").GetString()!);

        await (await app.Anonymous().GetAsync($"/api/v1/products?sort=new&maker={maker.Username}&limit=1&cursor={cursor}")).AssertValidationErrorAsync("cursor");
    }

    [Fact]
    public async Task SqlInFiltersIsJustText()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var response = await app.Anonymous().GetAsync("/api/v1/products?category=" + Uri.EscapeDataString("x' OR 1=1; SELECT pg_sleep(3); --"));

        var page = await response.ReadJsonAsync();
        Assert.Empty(page.Ids());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}"); // pg_sleep(3) would take 3 s or more
    }

    [Fact]
    public async Task LeaderboardRanksTodaysLaunchesByUpvotes()
    {
        var maker = await app.RegisterAsync("board");
        var first = await maker.CreateAsync();
        var second = await maker.CreateAsync();
        await SetAsync(first.Id(), upvotes: 900_001);
        await SetAsync(second.Id(), upvotes: 900_002);

        var board = await (await app.Anonymous().GetAsync("/api/v1/leaderboard?period=day&limit=100")).ReadJsonAsync();
        var items = board.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal("day", board.GetProperty("period").GetString());
        Assert.Equal(second.Id(), items[0].GetProperty("product").Id());
        Assert.Equal(1, items[0].GetProperty("rank").GetInt32());
        Assert.Equal(first.Id(), items[1].GetProperty("product").Id());
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var past = await (await app.Anonymous().GetAsync($"/api/v1/leaderboard?period=day&date={yesterday}")).ReadJsonAsync();
        Assert.DoesNotContain(first.Id(), past.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("product").Id()));
    }

    [Theory]
    [InlineData("period=year")]
    [InlineData("date=2026-13-01")]
    [InlineData("date=yesterday")]
    [InlineData("limit=0")]
    public async Task BadLeaderboardQueryIsValidationProblem(string query)
    {
        await (await app.Anonymous().GetAsync($"/api/v1/leaderboard?{query}")).ReadProblemAsync(400);
    }

    [Fact]
    public void WeeksStartOnMondayAndMonthsOnTheFirst()
    {
        var (weekStart, weekEnd) = Vitrin.Api.Products.Leaderboard.Bounds(Vitrin.Api.Products.AwardPeriod.Week, new DateOnly(2026, 11, 26));
        var (monthStart, monthEnd) = Vitrin.Api.Products.Leaderboard.Bounds(Vitrin.Api.Products.AwardPeriod.Month, new DateOnly(2026, 2, 14));

        Assert.Equal(new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc), weekStart);
        Assert.Equal(new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc), weekEnd);
        Assert.Equal(new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), monthStart);
        Assert.Equal(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), monthEnd);
    }
}
