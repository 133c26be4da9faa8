using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Caching;

/// <summary>
/// Anonymous search answers come from the cache. An app of its own, so no other test's writes drop
/// the entries; the in-process copy lives one second, so each check is retried a few times.
/// </summary>
public sealed class SearchCacheTests
{
    [Theory]
    [InlineData("/api/v1/search/products?q={0}")]
    [InlineData("/api/v1/search/products?q={0}&tag=cache-hit")]
    [InlineData("/api/v1/search?q={0}")]
    public async Task AnonymousSearchesAreAnsweredFromTheCache(string template)
    {
        await using var app = new VitrinApp();
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("searchcached");
        var word = "zc" + Guid.NewGuid().ToString("N")[..8];
        var product = await maker.CreateAsync(title: $"Cached {word}", tags: ["cache-hit"]);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, word);
        var anonymous = app.Anonymous();

        // Fill, rename behind the API's back (no invalidation), read again at once: the cached answer
        // still has the old title. Without a cache the second read always shows the new one.
        var cached = false;
        for (var attempt = 0; attempt < 20 && !cached; attempt++)
        {
            await RenameQuietlyAsync(app, product.Id(), $"Cached {word} {attempt}");
            var before = await anonymous.GetStringAsync(url, TestContext.Current.CancellationToken);
            if (!before.Contains($"Cached {word} {attempt}\"", StringComparison.Ordinal))
            {
                // The last attempt's answer, still cached: wait for it to expire.
                await Task.Delay(500, TestContext.Current.CancellationToken);
                continue;
            }

            await RenameQuietlyAsync(app, product.Id(), $"Cached {word} {attempt} renamed");
            cached = before == await anonymous.GetStringAsync(url, TestContext.Current.CancellationToken);
        }

        Assert.True(cached, "Every second read showed the rename: the answer was not cached.");
        // A signed-in reader is answered from the database.
        Assert.Contains("renamed", await maker.Client.GetStringAsync(url, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search:Relevance:20::5:notion :  :", true)]
    [InlineData("search:Relevance:20::6:no\ntion :  :", false)]
    [InlineData("products:Trending:All:::::20:abc\u0001", false)]
    [InlineData("products:Trending:All:::::20:abc\u007f", false)]
    public void KeysHybridCacheWouldRefuseAreNotCached(string key, bool cacheable) =>
        Assert.Equal(cacheable, PublicCache.Cacheable(key));

    [Fact]
    public void OverlongKeysAreNotCached()
    {
        Assert.True(PublicCache.Cacheable("search:" + new string('a', 900)));
        Assert.False(PublicCache.Cacheable("search:" + new string('a', 1100)));
    }

    private static Task<int> RenameQuietlyAsync(VitrinApp app, long productId, string title) =>
        app.WithDbAsync(db => db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(u => u.SetProperty(p => p.Title, title)));
}
