using System.Net;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Categories;

public sealed class CategoryFollowTests(VitrinApp app)
{
    private Task<int> FollowRowsAsync(long userId, string slug) =>
        app.WithDbAsync(db => db.CategoryFollows.CountAsync(f => f.UserId == userId && db.Categories.Any(c => c.Id == f.CategoryId && c.Slug == slug)));

    [Fact]
    public async Task FollowingTwiceKeepsOneFollowAndShowsInViewerFollows()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var slug = (await admin.CreateCategoryAsync()).Slug();
        var fan = await app.RegisterAsync("catfan");
        var other = await app.RegisterAsync("catother");

        var first = await fan.Client.PutAsync($"/api/v1/categories/{slug}/follow", null);
        var second = await fan.Client.PutAsync($"/api/v1/categories/{slug}/follow", null);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(1, await FollowRowsAsync(fan.Id, slug));
        Assert.True((await fan.Client.GetCategoryAsync(slug)).ViewerFollows());
        var list = await (await fan.Client.GetAsync("/api/v1/categories")).ReadJsonAsync();
        Assert.True(list.EnumerateArray().Single(c => c.Slug() == slug).ViewerFollows());
        Assert.False((await other.Client.GetCategoryAsync(slug)).ViewerFollows());
        Assert.False((await app.Anonymous().GetCategoryAsync(slug)).ViewerFollows());
    }

    [Fact]
    public async Task UnfollowingTwiceAnswersNoContentAndRemovesTheFollow()
    {
        var fan = await app.RegisterAsync("catfan");
        await fan.Client.PutAsync("/api/v1/categories/saas/follow", null);

        var first = await fan.Client.DeleteAsync("/api/v1/categories/saas/follow");
        var second = await fan.Client.DeleteAsync("/api/v1/categories/saas/follow");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(0, await FollowRowsAsync(fan.Id, "saas"));
        Assert.False((await fan.Client.GetCategoryAsync("saas")).ViewerFollows());
    }

    [Fact]
    public async Task ConcurrentFollowsMakeExactlyOneRow()
    {
        var fan = await app.RegisterAsync("catrace");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => fan.Client.PutAsync("/api/v1/categories/productivity/follow", null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(1, await FollowRowsAsync(fan.Id, "productivity"));
    }

    [Fact]
    public async Task AnonymousCannotFollowOrUnfollow()
    {
        var anonymous = app.Anonymous();

        await (await anonymous.PutAsync("/api/v1/categories/saas/follow", null)).ReadProblemAsync(401);
        await (await anonymous.DeleteAsync("/api/v1/categories/saas/follow")).ReadProblemAsync(401);
    }

    [Fact]
    public async Task FollowingAnUnknownCategoryIsNotFound()
    {
        var fan = await app.RegisterAsync("catfan");

        await (await fan.Client.PutAsync("/api/v1/categories/no-such-category/follow", null)).ReadProblemAsync(404);
        await (await fan.Client.DeleteAsync("/api/v1/categories/no-such-category/follow")).ReadProblemAsync(404);
    }
}
