using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Notifications;

public sealed class NotificationTests(VitrinApp app)
{
    private static async Task<List<JsonElement>> ListAsync(TestUser user, string query = "")
    {
        var page = await (await user.Client.GetAsync($"/api/v1/notifications{query}")).ReadJsonAsync();
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    private static async Task<int> UnreadAsync(TestUser user) =>
        (await (await user.Client.GetAsync("/api/v1/notifications/unread-count")).ReadJsonAsync()).GetProperty("count").GetInt32();

    [Fact]
    public async Task NewFollowerIsNotified()
    {
        var maker = await app.RegisterAsync("followed");
        var fan = await app.RegisterAsync("fan");

        await fan.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);
        await fan.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);

        var items = await ListAsync(maker);
        var notice = Assert.Single(items);
        Assert.Equal("new_follower", notice.GetProperty("type").GetString());
        Assert.Equal(fan.Username, notice.GetProperty("actor").GetProperty("username").GetString());
        Assert.False(notice.GetProperty("read").GetBoolean());
        Assert.Equal(1, await UnreadAsync(maker));
        Assert.Empty(await ListAsync(fan));
    }

    [Fact]
    public async Task FollowToggleLoopsDoNotFloodTheFollowee()
    {
        var target = await app.RegisterAsync("target");
        var pest = await app.RegisterAsync("pest");

        for (var i = 0; i < 5; i++)
        {
            await pest.Client.PutAsync($"/api/v1/users/{target.Username}/follow", null);
            await pest.Client.DeleteAsync($"/api/v1/users/{target.Username}/follow");
        }

        Assert.Single(await ListAsync(target));
    }

    [Fact]
    public async Task FollowersHearOfALaunchButNotOfDrafts()
    {
        var maker = await app.RegisterAsync("launcher");
        var fan = await app.RegisterAsync("watcher");
        await fan.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);

        var draft = await maker.CreateAsync(status: "draft");
        Assert.Empty(await ListAsync(fan));
        await maker.Client.PatchAsJsonAsync($"/api/v1/products/{draft.Id()}", new { status = "published" });

        // Followers hear of launches from a background job.
        var notice = Assert.Single(await Eventually.WaitAsync(() => ListAsync(fan), l => l.Count > 0));
        Assert.Equal("followed_maker_launched", notice.GetProperty("type").GetString());
        Assert.Equal(draft.Id(), notice.GetProperty("product").GetProperty("id").GetInt64());
        Assert.Equal(draft.GetProperty("title").GetString(), notice.GetProperty("product").GetProperty("title").GetString());
        await maker.Client.PatchAsJsonAsync($"/api/v1/products/{draft.Id()}", new { status = "archived" });
        await maker.Client.PatchAsJsonAsync($"/api/v1/products/{draft.Id()}", new { status = "published" });
        Assert.Single(await ListAsync(fan));
    }

    [Fact]
    public async Task MentionsInADescriptionNotifyWhenPublished()
    {
        var maker = await app.RegisterAsync("mentioner");
        var friend = await app.RegisterAsync("friend");

        var response = await maker.Client.PostAsJsonAsync("/api/v1/products", new
        {
            title = "Built with friends",
            tagline = "Thanks to everyone",
            description = $"Made with @{friend.Username} and @{maker.Username} and @nobody_{Guid.NewGuid().ToString("N")[..12]}.",
            websiteUrl = "https://example.com",
            category = "saas",
            status = "published",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var notice = Assert.Single(await ListAsync(friend));
        Assert.Equal("mention", notice.GetProperty("type").GetString());
        Assert.Equal(maker.Username, notice.GetProperty("actor").GetProperty("username").GetString());
        Assert.Empty(await ListAsync(maker));
    }

    [Fact]
    public async Task MarkingSomeOrAllAsRead()
    {
        var target = await app.RegisterAsync("popular");
        var fans = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => app.RegisterAsync("fan")));
        foreach (var fan in fans)
        {
            await fan.Client.PutAsync($"/api/v1/users/{target.Username}/follow", null);
        }

        var ids = (await ListAsync(target)).Select(n => n.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(3, ids.Count);

        Assert.Equal(HttpStatusCode.NoContent, (await target.Client.PostAsJsonAsync("/api/v1/notifications/read", new { ids = new[] { ids[0] } })).StatusCode);
        Assert.Equal(2, await UnreadAsync(target));
        Assert.Equal(2, (await ListAsync(target, "?unread=true")).Count);
        Assert.Equal(HttpStatusCode.NoContent, (await target.Client.PostAsJsonAsync("/api/v1/notifications/read", new { all = true })).StatusCode);
        Assert.Equal(0, await UnreadAsync(target));
        Assert.Equal(3, (await ListAsync(target)).Count);
    }

    [Fact]
    public async Task NobodyCanReadOrMarkSomeoneElsesNotifications()
    {
        var victim = await app.RegisterAsync("victim");
        var fan = await app.RegisterAsync("fan");
        var attacker = await app.RegisterAsync("attacker");
        await fan.Client.PutAsync($"/api/v1/users/{victim.Username}/follow", null);
        var id = (await ListAsync(victim)).Single().GetProperty("id").GetInt64();

        await attacker.Client.PostAsJsonAsync("/api/v1/notifications/read", new { ids = new[] { id } });

        Assert.Equal(1, await UnreadAsync(victim));
        Assert.Empty(await ListAsync(attacker));
    }

    [Fact]
    public async Task AnonymousGetsUnauthorized()
    {
        var anonymous = app.Anonymous();

        await (await anonymous.GetAsync("/api/v1/notifications")).ReadProblemAsync(401);
        await (await anonymous.GetAsync("/api/v1/notifications/unread-count")).ReadProblemAsync(401);
        await (await anonymous.PostAsJsonAsync("/api/v1/notifications/read", new { all = true })).ReadProblemAsync(401);
    }

    [Theory]
    [InlineData("{}", "ids")]
    [InlineData("""{"ids":[]}""", "ids")]
    [InlineData("""{"all":false}""", "ids")]
    [InlineData("""{"ids":["x"]}""", "ids[0]")]
    [InlineData("""{"ids":[1],"everything":true}""", "everything")]
    public async Task BadMarkReadBodiesAreValidationProblems(string json, string field)
    {
        var user = await app.RegisterAsync("marker");

        var response = await user.Client.PostAsync("/api/v1/notifications/read", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task TooManyIdsAreRefused()
    {
        var user = await app.RegisterAsync("many");

        var response = await user.Client.PostAsJsonAsync("/api/v1/notifications/read", new { ids = Enumerable.Range(1, 101) });

        await response.AssertValidationErrorAsync("ids");
    }

    [Fact]
    public async Task NotificationsAboutHiddenProductsDisappear()
    {
        var maker = await app.RegisterAsync("hiddenmaker");
        var fan = await app.RegisterAsync("hiddenfan");
        await fan.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);
        var product = await maker.CreateAsync();
        Assert.Single(await Eventually.WaitAsync(() => ListAsync(fan), l => l.Count > 0));

        await app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id()).ExecuteUpdateAsync(s => s.SetProperty(p => p.Hidden, true)));

        Assert.Empty(await ListAsync(fan));
        Assert.Equal(0, await UnreadAsync(fan));
    }

    [Fact]
    public async Task PagesWalkNewestFirst()
    {
        var target = await app.RegisterAsync("paged");
        var fans = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => app.RegisterAsync("pagefan")));
        foreach (var fan in fans)
        {
            await fan.Client.PutAsync($"/api/v1/users/{target.Username}/follow", null);
        }

        var first = await (await target.Client.GetAsync("/api/v1/notifications?limit=2")).ReadJsonAsync();
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await (await target.Client.GetAsync($"/api/v1/notifications?limit=10&cursor={Uri.EscapeDataString(cursor)}")).ReadJsonAsync();

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(n => n.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(5, ids.Count);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }
}
