using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Products;

public sealed class ProductWriteTests(VitrinApp app)
{
    private static object Body(string? title = null, string? status = null, string[]? tags = null) => new
    {
        title = title ?? "Launch Kit",
        tagline = "Everything for launch day",
        description = TestProducts.Description,
        websiteUrl = "https://example.com",
        category = "saas",
        tags = tags ?? [],
        status,
    };

    [Fact]
    public async Task NewProductIsADraftOnlyItsMakerCanSee()
    {
        var maker = await app.RegisterAsync("maker");
        var other = await app.RegisterAsync("other");
        var admin = await app.RegisterWithRolesAsync("admin", "admin");

        var response = await maker.Client.PostAsJsonAsync("/api/v1/products", Body());
        var product = await response.ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal($"/api/v1/products/{product.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal("draft", product.GetProperty("status").GetString());
        Assert.Equal(JsonValueKindNull, product.GetProperty("publishedAt").ValueKind);
        Assert.Equal(maker.Username, product.GetProperty("author").GetProperty("username").GetString());
        Assert.Equal(HttpStatusCode.OK, (await maker.Client.GetAsync($"/api/v1/products/{product.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync($"/api/v1/products/{product.Id()}")).StatusCode);
        await (await other.Client.GetAsync($"/api/v1/products/{product.Id()}")).ReadProblemAsync(404);
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.GetProperty("slug").GetString()}")).ReadProblemAsync(404);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task PublishedProductIsPublicBySlugAndId()
    {
        var maker = await app.RegisterAsync("pub");

        var product = await maker.CreateAsync();

        var slug = product.GetProperty("slug").GetString()!;
        var bySlug = await (await app.Anonymous().GetAsync($"/api/v1/products/{Uri.EscapeDataString(slug)}")).ReadJsonAsync();
        Assert.Equal(product.Id(), bySlug.Id());
        Assert.NotEqual(JsonValueKindNull, bySlug.GetProperty("publishedAt").ValueKind);
        Assert.Contains("<p>", bySlug.GetProperty("descriptionHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersianTitleGivesAUsablePersianSlug()
    {
        var maker = await app.RegisterAsync("fa");

        var product = await maker.CreateAsync(title: "ويترين محصول");

        var slug = product.GetProperty("slug").GetString()!;
        Assert.StartsWith("ویترین-محصول", slug, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync($"/api/v1/products/{Uri.EscapeDataString(slug)}")).StatusCode);
    }

    [Fact]
    public async Task SameTitleGivesDistinctSlugsAndDigitTitlesGetALetter()
    {
        var maker = await app.RegisterAsync("slugs");
        var title = "Same Title " + Guid.NewGuid().ToString("N")[..6];

        var first = await maker.CreateAsync(title: title);
        var second = await maker.CreateAsync(title: title);
        var digits = await maker.CreateAsync(title: "2048");

        Assert.NotEqual(first.GetProperty("slug").GetString(), second.GetProperty("slug").GetString());
        Assert.Contains(digits.GetProperty("slug").GetString()!, c => !char.IsDigit(c));
        var fetched = await (await app.Anonymous().GetAsync($"/api/v1/products/{digits.GetProperty("slug").GetString()}")).ReadJsonAsync();
        Assert.Equal(digits.Id(), fetched.Id());
    }

    [Fact]
    public async Task TagsAreNormalizedAndCreatedOnFirstUse()
    {
        var maker = await app.RegisterAsync("tags");
        var fresh = "Fresh " + Guid.NewGuid().ToString("N")[..6];

        var product = await maker.CreateAsync(tags: ["AI", fresh, "ai"]);

        var tags = product.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Equal(2, tags.Count);
        Assert.Contains("ai", tags);
        Assert.Contains(fresh.ToLowerInvariant().Replace(' ', '-'), tags);
        var count = await app.WithDbAsync(db => db.Tags.Where(t => t.Slug == fresh.ToLowerInvariant().Replace(' ', '-')).Select(t => t.ProductCount).SingleAsync());
        Assert.Equal(1, count);
    }

    [Theory]
    [InlineData("title", "ab")]
    [InlineData("title", null)]
    [InlineData("tagline", "x")]
    [InlineData("tagline", "This tagline is far too long for the eighty characters the field rules allow us!!")]
    [InlineData("websiteUrl", "javascript:alert(1)")]
    [InlineData("websiteUrl", "ftp://example.com")]
    [InlineData("websiteUrl", null)]
    [InlineData("demoUrl", "data:text/html,hi")]
    [InlineData("category", "no-such-category")]
    [InlineData("category", null)]
    [InlineData("status", "archived")]
    public async Task InvalidFieldIsValidationProblem(string field, string? value)
    {
        var maker = await app.RegisterAsync("invalid");
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Valid title",
            ["tagline"] = "Valid tagline",
            ["description"] = TestProducts.Description,
            ["websiteUrl"] = "https://example.com",
            ["category"] = "saas",
            [field] = value,
        };

        await (await maker.Client.PostAsJsonAsync("/api/v1/products", body)).AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task TagRulesAreEnforced()
    {
        var maker = await app.RegisterAsync("tagrules");

        var tooMany = await maker.Client.PostAsJsonAsync("/api/v1/products", Body(tags: ["aa", "bb", "cc", "dd", "ee", "ff"]));
        var tooShort = await maker.Client.PostAsJsonAsync("/api/v1/products", Body(tags: ["ok", "x"]));

        await tooMany.AssertValidationErrorAsync("tags");
        await tooShort.AssertValidationErrorAsync("tags[1]");
    }

    [Fact]
    public async Task PublishingNeedsADescription()
    {
        var maker = await app.RegisterAsync("nodesc");

        var response = await maker.Client.PostAsJsonAsync("/api/v1/products", new
        {
            title = "Short", tagline = "Tagline", description = "too short", websiteUrl = "https://example.com", category = "saas", status = "published",
        });

        await response.AssertValidationErrorAsync("description");
    }

    [Fact]
    public async Task SchedulingNeedsAFutureLaunchTime()
    {
        var maker = await app.RegisterAsync("sched");
        object Scheduled(DateTime? at) => new
        {
            title = "Later", tagline = "Tagline", description = TestProducts.Description, websiteUrl = "https://example.com",
            category = "saas", status = "scheduled", launchAt = at,
        };

        await (await maker.Client.PostAsJsonAsync("/api/v1/products", Scheduled(null))).AssertValidationErrorAsync("launchAt");
        await (await maker.Client.PostAsJsonAsync("/api/v1/products", Scheduled(DateTime.UtcNow.AddHours(-1)))).AssertValidationErrorAsync("launchAt");
        var ok = await maker.Client.PostAsJsonAsync("/api/v1/products", Scheduled(DateTime.UtcNow.AddDays(1)));
        var product = await ok.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("scheduled", product.GetProperty("status").GetString());
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}")).ReadProblemAsync(404);
    }

    [Theory]
    [InlineData("upvoteCount", 1000)]
    [InlineData("featured", true)]
    [InlineData("authorId", 1)]
    [InlineData("slug", "chosen")]
    public async Task ServerOwnedFieldsAreRefused(string field, object value)
    {
        var maker = await app.RegisterAsync("mass");
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Valid title", ["tagline"] = "Valid tagline", ["websiteUrl"] = "https://example.com", ["category"] = "saas", [field] = value,
        };

        await (await maker.Client.PostAsJsonAsync("/api/v1/products", body)).AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task AnonymousCannotCreate()
    {
        await (await app.Anonymous().PostAsJsonAsync("/api/v1/products", Body())).ReadProblemAsync(401);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">")]
    public async Task DescriptionHtmlIsInert(string payload)
    {
        var maker = await app.RegisterAsync("xss");

        var response = await maker.Client.PostAsJsonAsync("/api/v1/products", new
        {
            title = "XSS check", tagline = "Tagline", description = "Intro text for the product. " + payload, websiteUrl = "https://example.com", category = "saas",
        });

        var html = (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("descriptionHtml").GetString()!;
        // Raw HTML comes out as escaped text ("&lt;img …"): inert, so only real tags and link targets matter.
        foreach (var bad in new[] { "<script", "<iframe", "<style", "<svg", "<img", "<noscript" })
        {
            Assert.DoesNotContain(bad, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("<a[^>]+href=\"(javascript|vbscript|data):", System.Text.RegularExpressions.RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public async Task LinksInDescriptionsAreNofollow()
    {
        var maker = await app.RegisterAsync("links");

        var product = await maker.Client.PostAsJsonAsync("/api/v1/products", new
        {
            title = "Links", tagline = "Tagline", description = "See [our site](https://example.com) for more.", websiteUrl = "https://example.com", category = "saas",
        });

        Assert.Contains("rel=\"nofollow ugc noopener\"", (await product.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("descriptionHtml").GetString(), StringComparison.Ordinal);
    }
}
