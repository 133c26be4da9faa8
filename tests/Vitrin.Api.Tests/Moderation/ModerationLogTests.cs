using System.Net;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Moderation;

public sealed class ModerationLogTests(VitrinApp app)
{
    [Fact]
    public async Task TheLogShowsEveryActionWithItsModeratorNewestFirstToAnyone()
    {
        var maker = await app.RegisterAsync("logmaker");
        var target = await app.RegisterAsync("logtarget");
        var reporter = await app.RegisterAsync("logreporter");
        var moderator = await app.RegisterWithRolesAsync("logmod", "moderator");
        var admin = await app.RegisterWithRolesAsync("logadmin", "admin");
        var product = (await maker.CreateAsync()).Id();
        var comment = await app.CommentAsync(target, product, "reported", SocialData.At(0));

        await admin.Client.PutAsync($"/api/v1/products/{product}/feature", null).AssertStatusAsync(HttpStatusCode.NoContent);
        await moderator.ResolvedAsync(await reporter.ReportAsync("comment", comment), "dismiss", "Fine by the rules");
        await moderator.ResolvedAsync(await (await app.RegisterAsync("logreporter")).ReportAsync("comment", comment), "hide");
        await admin.Client.PutAsync($"/api/v1/admin/users/{target.Username}/roles/moderator", null).AssertStatusAsync(HttpStatusCode.NoContent);
        await admin.Client.DeleteAsync($"/api/v1/admin/users/{target.Username}/roles/moderator").AssertStatusAsync(HttpStatusCode.NoContent);
        await moderator.Client.PutAsync($"/api/v1/admin/users/{target.Username}/ban", null).AssertStatusAsync(HttpStatusCode.NoContent);
        await moderator.Client.DeleteAsync($"/api/v1/admin/users/{target.Username}/ban").AssertStatusAsync(HttpStatusCode.NoContent);
        await moderator.ResolvedAsync(await reporter.ReportAsync("product", product), "hide");

        var targets = new HashSet<(string, long)> { ("user", target.Id), ("comment", comment), ("product", product) };
        var entries = await app.LogEntriesAsync(e => targets.Contains((e.Str("targetType")!, e.GetProperty("targetId").GetInt64())));

        Assert.Equal(
            new[]
            {
                ("hide", moderator.Username), ("unban", moderator.Username), ("ban", moderator.Username),
                ("revoke_role", admin.Username), ("grant_role", admin.Username), ("hide", moderator.Username),
                ("dismiss", moderator.Username), ("feature", admin.Username),
            },
            entries.Select(e => (e.Str("action")!, e.GetProperty("moderator").Username())));
        var dismissal = entries.Single(e => e.Str("action") == "dismiss");
        Assert.Equal("Fine by the rules", dismissal.Str("reason"));
        Assert.Equal(
            ["action", "targetType", "targetId", "moderator", "reason", "createdAt"],
            dismissal.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "username", "displayName", "avatarUrl"], dismissal.GetProperty("moderator").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task TheLogIsPagedNewestFirstWithoutRepeats()
    {
        var maker = await app.RegisterAsync("logmaker");
        var admin = await app.RegisterWithRolesAsync("logadmin", "admin");
        var product = (await maker.CreateAsync()).Id();
        for (var i = 0; i < 3; i++)
        {
            await admin.Client.PutAsync($"/api/v1/products/{product}/feature", null).AssertStatusAsync(HttpStatusCode.NoContent);
            await admin.Client.DeleteAsync($"/api/v1/products/{product}/feature").AssertStatusAsync(HttpStatusCode.NoContent);
        }

        var first = await (await app.Anonymous().GetAsync("/api/v1/moderation-log?limit=2")).ReadJsonAsync();
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await (await app.Anonymous().GetAsync($"/api/v1/moderation-log?limit=2&cursor={Uri.EscapeDataString(cursor)}")).ReadJsonAsync();

        var times = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("createdAt").GetDateTime()).ToList();
        Assert.Equal(4, times.Count);
        Assert.Equal(times.OrderDescending(), times);
        var mine = await app.LogEntriesAsync("product", product);
        Assert.Equal(6, mine.Count);
        Assert.Equal(["unfeature", "feature", "unfeature", "feature", "unfeature", "feature"], mine.Select(e => e.Str("action")));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("cursor=AAAA", "cursor")]
    public async Task BadLogQueriesAreValidationProblems(string query, string field)
    {
        await (await app.Anonymous().GetAsync($"/api/v1/moderation-log?{query}")).AssertValidationErrorAsync(field);
    }
}
