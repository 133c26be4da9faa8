using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Moderation;

public sealed class ResolveReportTests(VitrinApp app)
{
    [Fact]
    public async Task DismissingClosesOnlyThatReportAndLeavesTheContentAlone()
    {
        var maker = await app.RegisterAsync("rsmaker");
        var reporter = await app.RegisterAsync("rsreporter");
        var second = await app.RegisterAsync("rsreporter");
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var product = (await maker.CreateAsync()).Id();
        var id = await reporter.ReportAsync("product", product, "off_topic");
        var other = await second.ReportAsync("product", product);

        await moderator.ResolvedAsync(id, "dismiss");

        Assert.Equal("dismissed", (await reporter.GetReportAsync(id)).Str("status"));
        Assert.Equal("open", (await second.GetReportAsync(other)).Str("status"));
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product}")).ReadJsonAsync();
        var entry = Assert.Single(await app.LogEntriesAsync("product", product));
        Assert.Equal("dismiss", entry.Str("action"));
        Assert.Equal("off_topic", entry.Str("reason"));
        Assert.Equal(moderator.Username, entry.GetProperty("moderator").Username());
    }

    [Fact]
    public async Task HidingAProductClosesEveryOpenReportOnItAndLogsTheNote()
    {
        var maker = await app.RegisterAsync("rsmaker");
        var reporters = new[] { await app.RegisterAsync("rsreporter"), await app.RegisterAsync("rsreporter") };
        var admin = await app.RegisterWithRolesAsync("rsadmin", "admin");
        var product = (await maker.CreateAsync()).Id();
        var first = await reporters[0].ReportAsync("product", product);
        var second = await reporters[1].ReportAsync("product", product);

        await admin.ResolvedAsync(second, "hide", "Spam ring");

        foreach (var (reporter, id) in reporters.Zip([first, second]))
        {
            Assert.Equal("hidden", (await reporter.GetReportAsync(id)).Str("status"));
        }

        await (await admin.Client.ResolveAsync(first, "dismiss")).ReadProblemAsync(409);
        var entry = Assert.Single(await app.LogEntriesAsync("product", product));
        Assert.Equal(("hide", "Spam ring"), (entry.Str("action"), entry.Str("reason")));
        Assert.Equal(admin.Username, entry.GetProperty("moderator").Username());
        Assert.True(await app.WithDbAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.Hidden).SingleAsync()));
    }

    [Fact]
    public async Task AHiddenProductDisappearsFromEveryListFeedCountAndPage()
    {
        var maker = await app.RegisterAsync("rsmaker");
        var follower = await app.RegisterAsync("rsfollower");
        var reporter = await app.RegisterAsync("rsreporter");
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var category = await app.CreateCategoryAsync();
        var tag = "hid" + Guid.NewGuid().ToString("N")[..10];
        await follower.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);
        var product = (await maker.CreateAsync(category: category, tags: [tag])).Id();
        // High enough to be on the first page of every ranking, below the outsized values other tests use briefly.
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == product)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.TrendingScore, 5e11).SetProperty(p => p.UpvoteCount, 500_000)));
        var views = Views(maker, follower, category, tag);
        foreach (var (name, read) in views)
        {
            Assert.True(await read(product), $"{name} should show the product before it is hidden.");
        }

        await moderator.ResolvedAsync(await reporter.ReportAsync("product", product), "hide");

        foreach (var (name, read) in views)
        {
            Assert.False(await read(product), $"{name} still shows the hidden product.");
        }

        await (await app.Anonymous().GetAsync($"/api/v1/products/{product}")).ReadProblemAsync(404);
        await (await follower.Client.GetAsync($"/api/v1/products/{product}")).ReadProblemAsync(404);
        await (await (await app.RegisterAsync("rslate")).PostReportAsync("product", product)).ReadProblemAsync(404);
        // The maker still sees it (and can tell it was hidden by moderation through their own list).
        await (await maker.Client.GetAsync($"/api/v1/products/{product}")).ReadJsonAsync();
    }

    /// <summary>Each public view of products, as a check whether it shows <c>product</c>.</summary>
    private List<(string Name, Func<long, Task<bool>> Read)> Views(TestUser maker, TestUser follower, string category, string tag)
    {
        var anonymous = app.Anonymous();
        async Task<bool> InPage(HttpClient client, string url, long id) =>
            (await (await client.GetAsync(url)).ReadJsonAsync()).Ids().Contains(id);
        async Task<JsonElement> Json(string url) => await (await anonymous.GetAsync(url)).ReadJsonAsync();
        return
        [
            ("trending", id => InPage(anonymous, "/api/v1/products?sort=trending&limit=100", id)),
            ("new", id => InPage(anonymous, "/api/v1/products?sort=new&limit=100", id)),
            ("top", id => InPage(anonymous, "/api/v1/products?sort=top&limit=100", id)),
            ("top of the day", id => InPage(anonymous, "/api/v1/products?sort=top&period=day&limit=100", id)),
            ("maker filter", id => InPage(anonymous, $"/api/v1/products?sort=new&maker={maker.Username}", id)),
            ("maker filter, trending", id => InPage(anonymous, $"/api/v1/products?maker={maker.Username}", id)),
            ("category filter", id => InPage(anonymous, $"/api/v1/products?category={category}", id)),
            ("tag filter", id => InPage(anonymous, $"/api/v1/products?tag={tag}&sort=top", id)),
            ("follower's feed", id => InPage(follower.Client, "/api/v1/feed", id)),
            ("maker's products for others", id => InPage(follower.Client, $"/api/v1/users/{maker.Username}/products", id)),
            ("maker's products for anonymous", id => InPage(anonymous, $"/api/v1/users/{maker.Username}/products", id)),
            ("stats trending", async id => (await Json("/api/v1/stats")).GetProperty("trending").EnumerateArray().Any(p => p.Id() == id)),
            ("leaderboard", async id => (await Json("/api/v1/leaderboard?period=day&limit=100")).GetProperty("items").EnumerateArray()
                .Any(i => i.GetProperty("product").Id() == id)),
            ("tag count", async _ => (await Json($"/api/v1/tags?q={tag}")).EnumerateArray().Any(t => t.Str("slug") == tag && t.GetProperty("productCount").GetInt32() == 1)),
            ("category count", async _ => (await Json($"/api/v1/categories/{category}")).GetProperty("productCount").GetInt32() == 1),
            ("profile stats", async _ => (await Json($"/api/v1/users/{maker.Username}")).GetProperty("stats").GetProperty("products").GetInt32() == 1),
        ];
    }

    [Fact]
    public async Task HidingACommentTakesItOutOfTheCommentCountOnce()
    {
        var maker = await app.RegisterAsync("rsmaker");
        var author = await app.RegisterAsync("rsauthor");
        var reporters = new[] { await app.RegisterAsync("rsreporter"), await app.RegisterAsync("rsreporter") };
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var product = (await maker.CreateAsync()).Id();
        var bad = await app.CommentAsync(author, product, "Offensive words", SocialData.At(0));
        await app.CommentAsync(author, product, "A fine comment", SocialData.At(0));
        var first = await reporters[0].ReportAsync("comment", bad, "offensive");
        var second = await reporters[1].ReportAsync("comment", bad, "offensive");
        Assert.Equal(2, await CommentCountAsync(product));

        var responses = await Task.WhenAll(moderator.Client.ResolveAsync(first, "hide"), moderator.Client.ResolveAsync(second, "hide"));

        Assert.Contains(HttpStatusCode.NoContent, responses.Select(r => r.StatusCode));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict }));
        Assert.Equal(1, await CommentCountAsync(product));
        Assert.True(await app.WithDbAsync(db => db.Comments.Where(c => c.Id == bad).Select(c => c.Hidden).SingleAsync()));
        Assert.Equal(await app.WithDbAsync(db => db.Comments.CountAsync(c => c.ProductId == product && !c.Hidden && !c.Deleted)),
            await CommentCountAsync(product));
        var thread = (await (await app.Anonymous().GetAsync($"/api/v1/products/{product}/comments")).ReadJsonAsync()).GetRawText();
        Assert.DoesNotContain("Offensive words", thread, StringComparison.Ordinal);
        Assert.Contains("A fine comment", thread, StringComparison.Ordinal);

        Assert.Equal("comment", Assert.Single(await app.LogEntriesAsync("comment", bad)).Str("targetType"));
    }

    [Fact]
    public async Task HidingADeletedCommentLeavesTheCountAlone()
    {
        var maker = await app.RegisterAsync("rsmaker");
        var author = await app.RegisterAsync("rsauthor");
        var reporter = await app.RegisterAsync("rsreporter");
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var product = (await maker.CreateAsync()).Id();
        var comment = await app.CommentAsync(author, product, "Soon deleted", SocialData.At(0));
        await app.CommentAsync(author, product, "Stays", SocialData.At(0));
        var id = await reporter.ReportAsync("comment", comment);
        // The author deletes it before a moderator gets to the report (as the comments API would: count −1).
        await app.WithDbAsync(async db =>
        {
            await db.Comments.Where(c => c.Id == comment).ExecuteUpdateAsync(s => s.SetProperty(c => c.Deleted, true));
            return await db.Products.Where(p => p.Id == product).ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount - 1));
        });

        await moderator.ResolvedAsync(id, "hide");

        Assert.Equal(1, await CommentCountAsync(product));
    }

    [Fact]
    public async Task HidingAUserBansThemAndTheirTokensStopAtOnce()
    {
        var troll = await app.RegisterAsync("rstroll");
        var reporter = await app.RegisterAsync("rsreporter");
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var id = await reporter.ReportAsync("user", troll.Id, "offensive");

        await moderator.ResolvedAsync(id, "hide", "Harassment");

        await (await troll.Client.GetAsync("/api/v1/auth/me")).ReadProblemAsync(401);
        await (await troll.Client.PostAsync("/api/v1/auth/refresh", null)).ReadProblemAsync(401);
        await (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = troll.Username, password = VitrinApp.Password }))
            .ReadProblemAsync(403);
        var entry = Assert.Single(await app.LogEntriesAsync("user", troll.Id));
        Assert.Equal(("ban", "Harassment"), (entry.Str("action"), entry.Str("reason")));
    }

    [Fact]
    public async Task AModeratorCannotHideAReportedModeratorButAnAdminCan()
    {
        var target = await app.RegisterWithRolesAsync("rstarget", "moderator");
        var reporter = await app.RegisterAsync("rsreporter");
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var admin = await app.RegisterWithRolesAsync("rsadmin", "admin");
        var id = await reporter.ReportAsync("user", target.Id);

        await (await moderator.Client.ResolveAsync(id, "hide")).ReadProblemAsync(403);
        Assert.Equal("open", (await reporter.GetReportAsync(id)).Str("status"));
        await (await target.Client.ResolveAsync(id, "hide")).ReadProblemAsync(400);

        await admin.ResolvedAsync(id, "hide");
        await (await target.Client.GetAsync("/api/v1/auth/me")).ReadProblemAsync(401);
    }

    [Fact]
    public async Task ResolvingIsForModeratorsAndAdminsOnly()
    {
        var maker = await app.RegisterAsync("rsmaker");
        var reporter = await app.RegisterAsync("rsreporter");
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var admin = await app.RegisterWithRolesAsync("rsadmin", "admin");
        var first = await reporter.ReportAsync("product", (await maker.CreateAsync()).Id());
        var second = await reporter.ReportAsync("product", (await maker.CreateAsync()).Id());

        await app.Anonymous().ResolveAsync(first, "dismiss").AssertStatusAsync(HttpStatusCode.Unauthorized);
        await reporter.Client.ResolveAsync(first, "dismiss").AssertStatusAsync(HttpStatusCode.Forbidden);
        await maker.Client.ResolveAsync(first, "hide").AssertStatusAsync(HttpStatusCode.Forbidden);
        Assert.Equal("open", (await reporter.GetReportAsync(first)).Str("status"));
        await moderator.Client.ResolveAsync(first, "dismiss").AssertStatusAsync(HttpStatusCode.NoContent);
        await admin.Client.ResolveAsync(second, "dismiss").AssertStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task ResolvingTwiceIsConflictAndUnknownReportsAreNotFound()
    {
        var maker = await app.RegisterAsync("rsmaker");
        var reporter = await app.RegisterAsync("rsreporter");
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var product = (await maker.CreateAsync()).Id();
        var id = await reporter.ReportAsync("product", product);
        await moderator.ResolvedAsync(id, "dismiss");

        await (await moderator.Client.ResolveAsync(id, "dismiss")).ReadProblemAsync(409);
        await (await moderator.Client.ResolveAsync(id, "hide")).ReadProblemAsync(409);
        await (await moderator.Client.ResolveAsync(999_999_999, "hide")).ReadProblemAsync(404);
        Assert.False(await app.WithDbAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.Hidden).SingleAsync()));
        Assert.Single(await app.LogEntriesAsync("product", product));
    }

    [Theory]
    [InlineData("""{}""", "action")]
    [InlineData("""{"action":null}""", "action")]
    [InlineData("""{"action":"delete"}""", "action")]
    [InlineData("""{"action":1}""", "action")]
    [InlineData("""{"action":"hide","note":5}""", "note")]
    [InlineData("""{"action":"hide","extra":true}""", "extra")]
    public async Task InvalidResolutionsAreValidationProblems(string body, string field)
    {
        var maker = await app.RegisterAsync("rsmaker");
        var reporter = await app.RegisterAsync("rsreporter");
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var id = await reporter.ReportAsync("product", (await maker.CreateAsync()).Id());

        await (await moderator.Client.PostAsync($"/api/v1/admin/reports/{id}/resolve", ModerationData.Json(body))).AssertValidationErrorAsync(field);

        Assert.Equal("open", (await reporter.GetReportAsync(id)).Str("status"));
    }

    [Fact]
    public async Task AnOverlongNoteIsAValidationProblem()
    {
        var maker = await app.RegisterAsync("rsmaker");
        var reporter = await app.RegisterAsync("rsreporter");
        var moderator = await app.RegisterWithRolesAsync("rsmod", "moderator");
        var id = await reporter.ReportAsync("product", (await maker.CreateAsync()).Id());

        await (await moderator.Client.ResolveAsync(id, "hide", new string('n', 1001))).AssertValidationErrorAsync("note");
    }

    private Task<int> CommentCountAsync(long product) =>
        app.WithDbAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.CommentCount).SingleAsync());
}
