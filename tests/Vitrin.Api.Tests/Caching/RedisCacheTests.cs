using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Caching;

/// <summary>
/// Two API instances on one database sharing a real Redis (a redis-server of the test's own), as
/// behind a load balancer; and what happens when that Redis dies.
/// </summary>
public sealed class RedisCacheTests : IAsyncLifetime
{
    private TwoInstances _instances = null!;

    private VitrinApp _a => _instances.A;

    private VitrinApp _b => _instances.B;

    private RedisServer _redis => _instances.Redis;

    public async ValueTask InitializeAsync() => _instances = await TwoInstances.StartAsync();

    public async ValueTask DisposeAsync() => await _instances.DisposeAsync();

    [Fact]
    public async Task AnUpvoteOnOneInstanceShowsOnTheOtherWithinTheBound()
    {
        var maker = await _a.RegisterAsync("twomaker");
        var voter = await _a.RegisterAsync("twovoter");
        var product = await maker.CreateAsync();
        var url = $"/api/v1/products/{product.Id()}";
        var listUrl = $"/api/v1/products?maker={maker.Username}";
        // B caches the product page and the list, with 0 upvotes.
        Assert.Equal(0, await UpvotesAsync(_b, url));
        Assert.Equal(0, (await _b.Anonymous().GetFromJsonAsync<JsonElement>(listUrl)).GetProperty("items")[0].GetProperty("upvoteCount").GetInt32());

        (await voter.Client.PutAsync($"/api/v1/products/{product.Id()}/upvote", null)).EnsureSuccessStatusCode();

        var clock = Stopwatch.StartNew();
        while (await UpvotesAsync(_b, url) != 1)
        {
            Assert.True(clock.Elapsed < PublicCache.Bound, $"instance B still showed the old count after {clock.Elapsed}");
            await Task.Delay(50);
        }

        while ((await _b.Anonymous().GetFromJsonAsync<JsonElement>(listUrl)).GetProperty("items")[0].GetProperty("upvoteCount").GetInt32() != 1)
        {
            Assert.True(clock.Elapsed < PublicCache.Bound, $"instance B's list still showed the old count after {clock.Elapsed}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task AnEntryCachedByOneInstanceIsServedToTheOtherFromRedis()
    {
        var maker = await _a.RegisterAsync("sharemaker");
        var product = await maker.CreateAsync();
        var fromA = await _a.Anonymous().GetStringAsync($"/api/v1/products/{product.Id()}");
        // Change the row behind the caches' back: B can only show the old title if it read A's entry from Redis.
        var id = product.Id();
        await _a.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE products SET title = 'Changed underneath' WHERE id = {id}"));
        var fromB = await _b.Anonymous().GetStringAsync($"/api/v1/products/{product.Id()}");
        Assert.Equal(fromA, fromB);
    }

    [Fact]
    public async Task WithRedisKilledRequestsStillSucceedAndReadinessSaysDegraded()
    {
        var maker = await _a.RegisterAsync("killmaker");
        var voter = await _a.RegisterAsync("killvoter");
        var product = await maker.CreateAsync();
        Assert.Equal("healthy", await ReadinessAsync(_a));

        await _redis.KillAsync();

        // Reads, cached reads and writes all keep working from the database.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _a.Anonymous().GetAsync("/api/v1/products")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _b.Anonymous().GetAsync($"/api/v1/products/{product.Id()}")).StatusCode);
        }

        (await voter.Client.PutAsync($"/api/v1/products/{product.Id()}/upvote", null)).EnsureSuccessStatusCode();
        Assert.Equal(1, await UpvotesAsync(_a, $"/api/v1/products/{product.Id()}"));
        var late = await _a.RegisterAsync("killlate");
        Assert.Equal(HttpStatusCode.Created, (await late.Client.PostAsJsonAsync($"/api/v1/products/{product.Id()}/comments", new { body = "Still here" })).StatusCode);
        Assert.Equal("degraded", await ReadinessAsync(_a));

        await _redis.RestartAsync();
        var clock = Stopwatch.StartNew();
        while (await ReadinessAsync(_a) != "healthy")
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "readiness did not recover after Redis came back");
            await Task.Delay(200);
        }

        // The upvote's broadcast was lost with Redis: B's in-process copy may live out the bound.
        clock.Restart();
        while (await UpvotesAsync(_b, $"/api/v1/products/{product.Id()}") != 1)
        {
            Assert.True(clock.Elapsed < PublicCache.Bound, $"instance B still showed the old count after {clock.Elapsed}");
            await Task.Delay(100);
        }
    }

    private static async Task<int> UpvotesAsync(VitrinApp app, string url) =>
        (await app.Anonymous().GetFromJsonAsync<JsonElement>(url)).GetProperty("upvoteCount").GetInt32();

    private static async Task<string?> ReadinessAsync(VitrinApp app)
    {
        var response = await app.Anonymous().GetAsync("/health/ready");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
    }
}
