using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.WebApp;

[Collection(WebAppGroup.Name)]
public class WebAppServingTests(WebAppFixture fixture, VitrinApp plain)
{
    private readonly HttpClient _client = fixture.App.Anonymous();

    [Fact]
    public async Task IndexHtmlIsNeverCachedAndCarriesACspWithoutInlineScript()
    {
        var response = await _client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARebuiltIndexHtmlIsServedAtOnce()
    {
        var path = Path.Combine(fixture.Root, "index.html");
        var html = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(path, html.Replace("<body>", "<body><!-- rebuilt -->", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        var served = await _client.GetStringAsync(new Uri("/leaderboard", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<!-- rebuilt -->", served, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashedAssetsAreCachedForAYearAsImmutable()
    {
        var response = await _client.GetAsync(new Uri(WebAppFixture.AssetPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? [], StringComparer.Ordinal);
    }

    [Fact]
    public async Task UnhashedFilesAreCachedBriefly()
    {
        var response = await _client.GetAsync(new Uri("/theme-init.js", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl?.MaxAge);
    }

    [Theory]
    [InlineData("/leaderboard?period=week", HttpStatusCode.OK)]
    [InlineData("/SignIn/", HttpStatusCode.OK)]
    [InlineData("/settings/profile", HttpStatusCode.OK)]
    [InlineData("/p/some-product/edit", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/settings", HttpStatusCode.NotFound)]
    [InlineData("/p/some-product/edit/more", HttpStatusCode.NotFound)]
    [InlineData("/u/somebody/followers/extra", HttpStatusCode.NotFound)]
    public async Task ClientRoutesFallBackToTheAppWithA404WhereTheAppHasNoRoute(string path, HttpStatusCode status)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/no-such-route")]
    [InlineData("/api")]
    [InlineData("/openapi/v2.json")]
    [InlineData("/health/nothing")]
    [InlineData("/assets/missing-123.js")]
    public async Task ApiPathsAndMissingFilesNeverFallBackToTheApp(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("GET", "/api/v1/auth/refresh")]
    [InlineData("POST", "/api/v1/auth/refresh")]
    [InlineData("DELETE", "/api/v1/categories")]
    [InlineData("PUT", "/api/v1/products")]
    [InlineData("GET", "/api/v1/products/no-such-slug")]
    [InlineData("PATCH", "/api/v1/products/abc")]
    public async Task ApiAnswersAreUnchangedByTheWebApp(string method, string path)
    {
        // The assembly's shared app serves no web app: the baseline for every API answer.
        var baseline = await plain.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);
        var withApp = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        Assert.Equal(baseline.StatusCode, withApp.StatusCode);
        Assert.Equal(baseline.Content.Headers.ContentType?.MediaType, withApp.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostToAClientRouteIsNotTheApp()
    {
        var response = await _client.PostAsync(new Uri("/leaderboard", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
