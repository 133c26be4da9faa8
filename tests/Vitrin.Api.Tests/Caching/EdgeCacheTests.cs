using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Caching;

/// <summary>
/// Answers from the shared public cache carry X-Accel-Expires: 1, so nginx may keep them for a second
/// (deploy/nginx/nginx.conf); nothing made for one reader does.
/// </summary>
public sealed class EdgeCacheTests(VitrinApp app)
{
    private const string Header = "X-Accel-Expires";

    private static string? EdgeSeconds(HttpResponseMessage response) =>
        response.Headers.TryGetValues(Header, out var values) ? string.Join(',', values) : null;

    [Fact]
    public async Task SharedAnonymousAnswersMayBeKeptForASecond()
    {
        var ct = TestContext.Current.CancellationToken;
        var maker = await app.RegisterAsync("edgemaker");
        var product = await maker.CreateAsync();
        var anonymous = app.Anonymous();

        foreach (var url in new[]
        {
            $"/api/v1/products?maker={maker.Username}", $"/api/v1/products/{product.Id()}",
            $"/api/v1/products/{product.GetProperty("slug").GetString()}", $"/api/v1/products/{product.Id()}/comments",
            "/api/v1/categories", "/api/v1/stats",
        })
        {
            var response = await anonymous.GetAsync(url, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(EdgeSeconds(response) == "1", $"{url}: {Header} was {EdgeSeconds(response) ?? "absent"}");
        }
    }

    [Fact]
    public async Task SignedInAnswersAndRefusalsAreNeverShared()
    {
        var ct = TestContext.Current.CancellationToken;
        var maker = await app.RegisterAsync("edgeowner");
        var product = await maker.CreateAsync();

        var mine = await maker.Client.GetAsync($"/api/v1/products?maker={maker.Username}", ct);
        var page = await maker.Client.GetAsync($"/api/v1/products/{product.Id()}", ct);
        var missing = await app.Anonymous().GetAsync("/api/v1/products/999999999", ct);
        var invalid = await app.Anonymous().GetAsync("/api/v1/products?sort=sideways", ct);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Null(EdgeSeconds(mine));
        Assert.Null(EdgeSeconds(page));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(EdgeSeconds(missing));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Null(EdgeSeconds(invalid));
    }

    [Fact]
    public async Task WithThePublicCacheOffNothingIsShared()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var uncached = new VitrinApp().WithSettings(("Cache:Public", "false"));
        await uncached.InitializeAsync();
        var maker = await uncached.RegisterAsync("edgeoff");
        var product = await maker.CreateAsync();

        var list = await uncached.Anonymous().GetAsync($"/api/v1/products?maker={maker.Username}", ct);
        var page = await uncached.Anonymous().GetAsync($"/api/v1/products/{product.Id()}", ct);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Null(EdgeSeconds(list));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(EdgeSeconds(page));
    }
}
