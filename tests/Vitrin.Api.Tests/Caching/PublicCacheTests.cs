using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Caching;

/// <summary>Anonymous answers are cached; writes must show through at once on the same instance.</summary>
public sealed class PublicCacheTests(VitrinApp app)
{
    [Fact]
    public async Task AnUpvoteShowsAtOnceInTheCachedListAndProductPage()
    {
        var maker = await app.RegisterAsync("cachemaker");
        var voter = await app.RegisterAsync("cachevoter");
        var product = await maker.CreateAsync();
        var anonymous = app.Anonymous();
        var listUrl = $"/api/v1/products?maker={maker.Username}";

        // Fill the cache.
        Assert.Equal(0, UpvotesIn(await anonymous.GetFromJsonAsync<JsonElement>(listUrl), product.Id()));
        Assert.Equal(0, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/products/{product.Id()}")).GetProperty("upvoteCount").GetInt32());
        Assert.Equal(0, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/products/{product.GetProperty("slug").GetString()}")).GetProperty("upvoteCount").GetInt32());

        (await voter.Client.PutAsync($"/api/v1/products/{product.Id()}/upvote", null)).EnsureSuccessStatusCode();

        Assert.Equal(1, UpvotesIn(await anonymous.GetFromJsonAsync<JsonElement>(listUrl), product.Id()));
        Assert.Equal(1, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/products/{product.Id()}")).GetProperty("upvoteCount").GetInt32());
        Assert.Equal(1, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/products/{product.GetProperty("slug").GetString()}")).GetProperty("upvoteCount").GetInt32());
    }

    [Fact]
    public async Task PublishingEditingAndDeletingShowAtOnceInCachedAnswers()
    {
        var maker = await app.RegisterAsync("cachelife");
        var anonymous = app.Anonymous();
        var listUrl = $"/api/v1/products?sort=new&maker={maker.Username}";
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>(listUrl)).Ids());

        var product = await maker.CreateAsync();
        Assert.Equal([product.Id()], (await anonymous.GetFromJsonAsync<JsonElement>(listUrl)).Ids());
        var categories = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/categories");

        (await maker.Client.PatchAsJsonAsync($"/api/v1/products/{product.Id()}", new { title = "Renamed for the cache" })).EnsureSuccessStatusCode();
        var page = await anonymous.GetFromJsonAsync<JsonElement>(listUrl);
        Assert.Equal("Renamed for the cache", page.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal("Renamed for the cache", (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/products/{product.Id()}")).GetProperty("title").GetString());

        (await maker.Client.DeleteAsync($"/api/v1/products/{product.Id()}")).EnsureSuccessStatusCode();
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>(listUrl)).Ids());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/products/{product.Id()}")).StatusCode);
        Assert.Equal(JsonValueKind.Array, categories.ValueKind);
    }

    [Fact]
    public async Task HidingAProductTakesItOutOfCachedAnswersAtOnce()
    {
        var maker = await app.RegisterAsync("cachehide");
        var moderator = await app.RegisterWithRolesAsync("cachemod", "moderator");
        var product = await maker.CreateAsync();
        var anonymous = app.Anonymous();
        var listUrl = $"/api/v1/products?maker={maker.Username}";
        Assert.Equal([product.Id()], (await anonymous.GetFromJsonAsync<JsonElement>(listUrl)).Ids());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/products/{product.Id()}")).StatusCode);

        var reporter = await app.RegisterAsync("cachereporter");
        var report = await (await reporter.Client.PostAsJsonAsync("/api/v1/reports", new { targetType = "product", targetId = product.Id(), reason = "spam" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        (await moderator.Client.PostAsJsonAsync($"/api/v1/admin/reports/{report.GetProperty("id").GetInt64()}/resolve", new { action = "hide" }))
            .EnsureSuccessStatusCode();

        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>(listUrl)).Ids());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/products/{product.Id()}")).StatusCode);
    }

    [Fact]
    public async Task CachedAndUncachedAnswersAreTheSameJson()
    {
        var maker = await app.RegisterAsync("cachesame");
        var product = await maker.CreateAsync(tags: ["cache-same"]);
        var url = $"/api/v1/products/{product.Id()}";
        var first = await app.Anonymous().GetStringAsync(url);
        var second = await app.Anonymous().GetStringAsync(url);
        var signedIn = await (await app.RegisterAsync("cachereader")).Client.GetStringAsync(url);
        Assert.Equal(first, second);
        Assert.Equal(first, signedIn);

        var response = await app.Anonymous().GetAsync($"/api/v1/products?maker={maker.Username}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CommentsEditsVotesAndDeletesShowAtOnceInTheCachedThread()
    {
        var maker = await app.RegisterAsync("threadmaker");
        var talker = await app.RegisterAsync("threadtalker");
        var product = await maker.CreateAsync();
        var anonymous = app.Anonymous();
        var url = $"/api/v1/products/{product.Id()}/comments";
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray());

        var created = await (await talker.Client.PostAsJsonAsync(url, new { body = "First!" })).ReadJsonAsync(HttpStatusCode.Created);
        var commentId = created.GetProperty("id").GetInt64();
        Assert.Equal("First!", (await anonymous.GetFromJsonAsync<JsonElement>(url)).GetProperty("items")[0].GetProperty("body").GetString());

        (await talker.Client.PatchAsJsonAsync($"/api/v1/comments/{commentId}", new { body = "First, edited" })).EnsureSuccessStatusCode();
        Assert.Equal("First, edited", (await anonymous.GetFromJsonAsync<JsonElement>(url)).GetProperty("items")[0].GetProperty("body").GetString());

        (await maker.Client.PutAsync($"/api/v1/comments/{commentId}/upvote", null)).EnsureSuccessStatusCode();
        Assert.Equal(1, (await anonymous.GetFromJsonAsync<JsonElement>(url)).GetProperty("items")[0].GetProperty("upvoteCount").GetInt32());

        (await talker.Client.DeleteAsync($"/api/v1/comments/{commentId}")).EnsureSuccessStatusCode();
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray());
        Assert.Equal(0, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/products/{product.Id()}")).GetProperty("commentCount").GetInt32());
    }

    [Fact]
    public async Task CachedSearchAnswersSeeNewAndRenamedProductsAtOnce()
    {
        var maker = await app.RegisterAsync("searchcache");
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var anonymous = app.Anonymous();
        var url = $"/api/v1/search/products?q={word}";
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>(url)).Ids());
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={word}")).GetProperty("products").EnumerateArray());

        var product = await maker.CreateAsync(title: $"Cached {word}");
        Assert.Equal([product.Id()], (await anonymous.GetFromJsonAsync<JsonElement>(url)).Ids());
        Assert.Single((await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={word}")).GetProperty("products").EnumerateArray());

        (await maker.Client.PatchAsJsonAsync($"/api/v1/products/{product.Id()}", new { title = "Renamed away" })).EnsureSuccessStatusCode();
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>(url)).Ids());
    }

    private static int UpvotesIn(JsonElement page, long productId) =>
        page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == productId).GetProperty("upvoteCount").GetInt32();
}
