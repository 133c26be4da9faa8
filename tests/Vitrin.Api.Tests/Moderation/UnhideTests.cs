using System.Net;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Moderation;

public sealed class UnhideTests(VitrinApp app)
{
    [Fact]
    public async Task UnhidingAProductBringsItBackWithItsTagCounts()
    {
        var maker = await app.RegisterAsync("unhmaker");
        var reporter = await app.RegisterAsync("unhreporter");
        var moderator = await app.RegisterWithRolesAsync("unhmod", "moderator");
        var tag = "unh" + Guid.NewGuid().ToString("N")[..10];
        var product = (await maker.CreateAsync(tags: [tag])).Id();
        await moderator.ResolvedAsync(await reporter.ReportAsync("product", product), "hide");
        Assert.Equal(0, await TagCountAsync(tag));

        await moderator.Client.PostAsync($"/api/v1/admin/products/{product}/unhide", null).AssertStatusAsync(HttpStatusCode.NoContent);
        await moderator.Client.PostAsync($"/api/v1/admin/products/{product}/unhide", null).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.Equal(1, await TagCountAsync(tag));
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product}")).ReadJsonAsync();
        Assert.Contains(product, (await (await app.Anonymous().GetAsync($"/api/v1/products?maker={maker.Username}")).ReadJsonAsync()).Ids());
        Assert.Equal(["unhide", "hide"], (await app.LogEntriesAsync("product", product)).Select(e => e.Str("action")));
    }

    [Fact]
    public async Task UnhidingACommentCountsItAgain()
    {
        var maker = await app.RegisterAsync("unhmaker");
        var author = await app.RegisterAsync("unhauthor");
        var reporter = await app.RegisterAsync("unhreporter");
        var admin = await app.RegisterWithRolesAsync("unhadmin", "admin");
        var product = (await maker.CreateAsync()).Id();
        var comment = await app.CommentAsync(author, product, "Borderline", SocialData.At(0));
        await admin.ResolvedAsync(await reporter.ReportAsync("comment", comment), "hide");
        Assert.Equal(0, await CommentCountAsync(product));

        await admin.Client.PostAsync($"/api/v1/admin/comments/{comment}/unhide", null).AssertStatusAsync(HttpStatusCode.NoContent);
        await admin.Client.PostAsync($"/api/v1/admin/comments/{comment}/unhide", null).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.Equal(1, await CommentCountAsync(product));
        Assert.Equal(["unhide", "hide"], (await app.LogEntriesAsync("comment", comment)).Select(e => e.Str("action")));
    }

    [Fact]
    public async Task UnhidingIsForModeratorsOnlyAndUnknownTargetsAreNotFound()
    {
        var maker = await app.RegisterAsync("unhmaker");
        var moderator = await app.RegisterWithRolesAsync("unhmod", "moderator");
        var product = (await maker.CreateAsync()).Id();
        await app.SetProductAsync(product, hidden: true);
        var comment = await app.CommentAsync(maker, product, "hidden", SocialData.At(0), hidden: true);

        foreach (var path in new[] { $"/api/v1/admin/products/{product}/unhide", $"/api/v1/admin/comments/{comment}/unhide" })
        {
            await app.Anonymous().PostAsync(path, null).AssertStatusAsync(HttpStatusCode.Unauthorized);
            await maker.Client.PostAsync(path, null).AssertStatusAsync(HttpStatusCode.Forbidden);
        }

        await moderator.Client.PostAsync("/api/v1/admin/products/999999999/unhide", null).AssertStatusAsync(HttpStatusCode.NotFound);
        await moderator.Client.PostAsync("/api/v1/admin/comments/999999999/unhide", null).AssertStatusAsync(HttpStatusCode.NotFound);
        Assert.True(await app.WithDbAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.Hidden).SingleAsync()));
    }

    private Task<int> TagCountAsync(string tag) =>
        app.WithDbAsync(db => db.Tags.Where(t => t.Slug == tag).Select(t => t.ProductCount).SingleAsync());

    private Task<int> CommentCountAsync(long product) =>
        app.WithDbAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.CommentCount).SingleAsync());
}
