using System.Net;
using System.Xml.Linq;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.WebApp;

[Collection(WebAppGroup.Name)]
public class SitemapTests(WebAppFixture fixture)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task SitemapListsPublishedProductsOnly()
    {
        var maker = await fixture.App.RegisterAsync("map");
        var published = (await maker.CreateAsync()).GetProperty("slug").GetString();
        var draft = (await maker.CreateAsync(status: "draft")).GetProperty("slug").GetString();

        var response = await fixture.App.Anonymous().GetAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.NotEqual(0xEF, bytes[0]); // no byte-order mark before the XML declaration
        var locs = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
        Assert.Contains($"{WebAppFixture.PublicOrigin}/", locs);
        Assert.Contains($"{WebAppFixture.PublicOrigin}/c/developer-tools", locs);
        Assert.Contains($"{WebAppFixture.PublicOrigin}/p/{published}", locs);
        Assert.DoesNotContain($"{WebAppFixture.PublicOrigin}/p/{draft}", locs);
    }

    [Fact]
    public async Task RobotsTxtNamesTheSitemapAndKeepsCrawlersOutOfTheApi()
    {
        var response = await fixture.App.Anonymous().GetAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n');
        Assert.Contains($"Sitemap: {WebAppFixture.PublicOrigin}/sitemap.xml", lines);
        Assert.Contains("Disallow: /api/", lines);
    }

    [Fact]
    public async Task AForgedHostHeaderChangesNoLink()
    {
        var client = fixture.App.Anonymous();
        client.DefaultRequestHeaders.Host = "evil.example";

        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains($"Sitemap: {WebAppFixture.PublicOrigin}/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains($"<loc>{WebAppFixture.PublicOrigin}/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", robots + sitemap, StringComparison.Ordinal);
    }
}
