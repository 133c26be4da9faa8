using System.Net;
using System.Text.RegularExpressions;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.WebApp;

[Collection(WebAppGroup.Name)]
public partial class ShareTagsTests(WebAppFixture fixture)
{
    [Fact]
    public async Task ProductPageCarriesOpenGraphAndTwitterTagsForThatProduct()
    {
        var maker = await fixture.App.RegisterAsync("og");
        var product = await maker.CreateAsync(title: $"Glass {Guid.NewGuid().ToString("N")[..6]}");
        var slug = product.GetProperty("slug").GetString()!;

        var response = await fixture.App.Anonymous().GetAsync(new Uri($"/p/{slug}", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(product.GetProperty("title").GetString(), Meta(html, "property", "og:title"));
        Assert.Equal($"{WebAppFixture.PublicOrigin}/p/{slug}", Meta(html, "property", "og:url"));
        Assert.StartsWith("Does one thing well", Meta(html, "property", "og:description"), StringComparison.Ordinal);
        Assert.Equal("summary", Meta(html, "name", "twitter:card"));
        Assert.Equal(product.GetProperty("title").GetString(), Meta(html, "name", "twitter:title"));
        Assert.Contains($"<title>{product.GetProperty("title").GetString()} · Vitrin</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("content=\"default\"", html, StringComparison.Ordinal);
        Assert.Single(TitleTag().Matches(html));
        Assert.Contains("<div id=\"root\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagsAreHtmlEncoded()
    {
        var maker = await fixture.App.RegisterAsync("ogx");
        var title = $"Tom & \"Jerry\" <script>alert(1)</script> {Guid.NewGuid().ToString("N")[..4]}";
        var product = await maker.CreateAsync(title: title);
        var slug = product.GetProperty("slug").GetString()!;

        var html = await fixture.App.Anonymous().GetStringAsync(new Uri($"/p/{slug}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(title, System.Net.WebUtility.HtmlDecode(Meta(html, "property", "og:title")));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData(null)]
    public async Task UnpublishedOrUnknownProductsGet404AndNoTags(string? status)
    {
        var slug = "no-such-product-" + Guid.NewGuid().ToString("N")[..6];
        if (status is not null)
        {
            var maker = await fixture.App.RegisterAsync("ogd");
            slug = (await maker.CreateAsync(status: status)).GetProperty("slug").GetString()!;
        }

        var response = await fixture.App.Anonymous().GetAsync(new Uri($"/p/{slug}", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("og:title", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"root\">", html, StringComparison.Ordinal);
    }

    private static string Meta(string html, string attribute, string name)
    {
        var match = Regex.Match(html, $"<meta {attribute}=\"{Regex.Escape(name)}\" content=\"([^\"]*)\"");
        Assert.True(match.Success, $"no {name} in {html}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<title>")]
    private static partial Regex TitleTag();
}
