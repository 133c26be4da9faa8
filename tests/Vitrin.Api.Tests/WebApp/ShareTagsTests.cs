using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Categories;
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

    [Fact]
    public async Task ProfilePagesCarryTheMakersTagsOnEveryTab()
    {
        var maker = await fixture.App.RegisterAsync("ogu");
        (await maker.Client.PatchAsJsonAsync("/api/v1/users/me", new { displayName = "Ada <Maker>", bio = "Builds\n\ntools  for makers." },
            TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        foreach (var path in new[] { $"/u/{maker.Username}", $"/u/{maker.Username}/products", $"/u/{maker.Username.ToUpperInvariant()}/followers", $"/u/{maker.Username}/activity" })
        {
            var (status, html) = await GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal($"Ada &lt;Maker&gt; (@{maker.Username})", Meta(html, "property", "og:title"));
            Assert.Equal("profile", Meta(html, "property", "og:type"));
            Assert.Equal("Builds tools for makers.", Meta(html, "property", "og:description"));
            Assert.Equal($"{WebAppFixture.PublicOrigin}/u/{maker.Username}", Meta(html, "property", "og:url"));
            Assert.Contains($"<title>Ada &lt;Maker&gt; (@{maker.Username}) · Vitrin</title>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CategoryAndTagPagesCarryTheirTags()
    {
        var admin = await fixture.App.RegisterWithRolesAsync("ogadmin", "admin");
        var category = await admin.CreateCategoryAsync();
        var slug = category.GetProperty("slug").GetString()!;
        var tag = "og" + Guid.NewGuid().ToString("N")[..8];
        await (await fixture.App.RegisterAsync("ogt")).CreateAsync("published", slug, [tag]);

        var (categoryStatus, categoryHtml) = await GetAsync($"/c/{slug}");
        var (tagStatus, tagHtml) = await GetAsync($"/t/{tag}");

        Assert.Equal(HttpStatusCode.OK, categoryStatus);
        Assert.Equal(category.GetProperty("name").GetString(), Meta(categoryHtml, "property", "og:title"));
        Assert.Equal($"{WebAppFixture.PublicOrigin}/c/{slug}", Meta(categoryHtml, "property", "og:url"));
        Assert.Equal(HttpStatusCode.OK, tagStatus);
        Assert.Equal($"#{tag}", Meta(tagHtml, "property", "og:title"));
        Assert.Equal($"Products tagged #{tag} on Vitrin.", Meta(tagHtml, "property", "og:description"));
    }

    [Fact]
    public async Task ArchivedProductsAndProductsNamedByIdAreShownWithTheirSlugAsCanonical()
    {
        var maker = await fixture.App.RegisterAsync("oga");
        var product = await maker.CreateAsync();
        var slug = product.GetProperty("slug").GetString()!;
        (await maker.Client.PatchAsJsonAsync($"/api/v1/products/{product.Id()}", new { status = "archived" }, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();

        foreach (var path in new[] { $"/p/{slug}", $"/p/{product.Id()}" })
        {
            var (status, html) = await GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal($"{WebAppFixture.PublicOrigin}/p/{slug}", Meta(html, "property", "og:url"));
        }
    }

    [Fact]
    public async Task ATagOnlyDraftsCarryIsNotRevealed()
    {
        var tag = "ogsecret" + Guid.NewGuid().ToString("N")[..8];
        await (await fixture.App.RegisterAsync("ogs")).CreateAsync("draft", tags: [tag]);

        var (status, html) = await GetAsync($"/t/{tag}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(tag, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownBannedOrErasedMakersUnknownTabsCategoriesAndTagsGet404AndNoTags()
    {
        var banned = await fixture.App.RegisterAsync("ogb");
        var erased = await fixture.App.RegisterAsync("oge");
        var visible = await fixture.App.RegisterAsync("ogv");
        await fixture.App.WithDbAsync(db => db.Users.Where(u => u.Id == banned.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, DateTime.UtcNow)));
        await fixture.App.WithDbAsync(db => db.Users.Where(u => u.Id == erased.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeletedAt, DateTime.UtcNow)));

        foreach (var path in new[]
        {
            $"/u/{banned.Username}", $"/u/{erased.Username}", "/u/nobody_" + Guid.NewGuid().ToString("N")[..8], "/u/not%20a%20name",
            $"/u/{visible.Username}/drafts", $"/u/{visible.Username}/Followers", "/c/no-such-category", "/t/no-such-tag-" + Guid.NewGuid().ToString("N")[..6],
        })
        {
            var (status, html) = await GetAsync(path);

            Assert.True(status == HttpStatusCode.NotFound, $"{path}: {status}");
            Assert.DoesNotContain("og:title", html, StringComparison.Ordinal);
            Assert.Contains("<div id=\"root\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HeadIsAnsweredLikeGet()
    {
        var maker = await fixture.App.RegisterAsync("ogh");

        using var found = new HttpRequestMessage(HttpMethod.Head, $"/u/{maker.Username}");
        using var missing = new HttpRequestMessage(HttpMethod.Head, "/c/no-such-category");

        Assert.Equal(HttpStatusCode.OK, (await fixture.App.Anonymous().SendAsync(found, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.App.Anonymous().SendAsync(missing, TestContext.Current.CancellationToken)).StatusCode);
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        var response = await fixture.App.Anonymous().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
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
