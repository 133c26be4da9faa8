using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Moderation;

public sealed class ModeratedUserTests(VitrinApp app)
{
    private static string Path(TestUser user) => $"/api/v1/admin/users/{user.Username}";

    private static string[] Roles(JsonElement user) =>
        [.. user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];

    [Fact]
    public async Task OnlyModeratorsAndAdminsLookUpAccounts()
    {
        var target = await app.RegisterAsync("lookuptarget");
        var user = await app.RegisterAsync("lookupuser");
        var moderator = await app.RegisterWithRolesAsync("lookupmod", "moderator");
        var admin = await app.RegisterWithRolesAsync("lookupadmin", "admin");

        await (await app.Anonymous().GetAsync(Path(target))).ReadProblemAsync(401);
        await (await user.Client.GetAsync(Path(target))).ReadProblemAsync(403);
        foreach (var staff in new[] { moderator, admin })
        {
            var found = await (await staff.Client.GetAsync(Path(target))).ReadJsonAsync();
            Assert.Equal(target.Id, found.GetProperty("id").GetInt64());
            Assert.Equal(["user"], Roles(found));
            Assert.Equal(JsonValueKind.Null, found.GetProperty("bannedAt").ValueKind);
        }
    }

    [Fact]
    public async Task TheLookUpIsThePublicProfilePlusRolesAndBanStateWithoutTheEmail()
    {
        var target = await app.RegisterWithRolesAsync("lookupstaff", "moderator", "admin");
        var admin = await app.RegisterWithRolesAsync("lookupadmin", "admin");
        await (await target.Client.PatchAsync("/api/v1/users/me", ModerationData.Json("""{"bio":"Keeps the lights on"}"""))).ReadJsonAsync();
        await admin.Client.PutAsync($"/api/v1/users/{target.Username}/follow", null).AssertStatusAsync(HttpStatusCode.NoContent);

        var response = await admin.Client.GetAsync($"/api/v1/admin/users/{target.Username.ToUpperInvariant()}");

        var found = await response.ReadJsonAsync();
        var profile = await (await admin.Client.GetAsync($"/api/v1/users/{target.Username}")).ReadJsonAsync();
        foreach (var field in profile.EnumerateObject())
        {
            Assert.Equal(field.Value.ToString(), found.GetProperty(field.Name).ToString());
        }

        Assert.True(found.GetProperty("viewerFollows").GetBoolean());
        Assert.Equal(["user", "admin", "moderator"], Roles(found));
        Assert.DoesNotContain("email", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ModeratorsSeeABannedAccountAndWhenItWasBanned()
    {
        var target = await app.RegisterAsync("lookupbanned");
        var moderator = await app.RegisterWithRolesAsync("lookupmod", "moderator");
        await moderator.Client.PutAsJsonAsync($"/api/v1/admin/users/{target.Username}/ban", new { reason = "spam" })
            .AssertStatusAsync(HttpStatusCode.NoContent);
        await (await app.Anonymous().GetAsync($"/api/v1/users/{target.Username}")).ReadProblemAsync(404);

        var banned = await (await moderator.Client.GetAsync(Path(target))).ReadJsonAsync();

        Assert.Equal(target.Username, banned.Username());
        var bannedAt = banned.GetProperty("bannedAt").GetDateTime();
        Assert.Equal(DateTimeKind.Utc, bannedAt.Kind);
        Assert.InRange(bannedAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.EndsWith("Z", banned.GetProperty("bannedAt").GetString(), StringComparison.Ordinal);

        await moderator.Client.DeleteAsync($"/api/v1/admin/users/{target.Username}/ban").AssertStatusAsync(HttpStatusCode.NoContent);
        var unbanned = await (await moderator.Client.GetAsync(Path(target))).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, unbanned.GetProperty("bannedAt").ValueKind);
    }

    [Fact]
    public async Task RoleChangesShowInTheLookUpAtOnce()
    {
        var target = await app.RegisterAsync("lookuprole");
        var admin = await app.RegisterWithRolesAsync("lookupadmin", "admin");

        await admin.Client.PutAsync($"/api/v1/admin/users/{target.Username}/roles/moderator", null).AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal(["user", "moderator"], Roles(await (await admin.Client.GetAsync(Path(target))).ReadJsonAsync()));

        await admin.Client.DeleteAsync($"/api/v1/admin/users/{target.Username}/roles/moderator").AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal(["user"], Roles(await (await admin.Client.GetAsync(Path(target))).ReadJsonAsync()));
    }

    [Theory]
    [InlineData("no_such_user_here")]
    [InlineData("x%20y")]
    [InlineData("a_very_long_username_that_cannot_exist_anywhere")]
    public async Task UnknownAccountsAreNotFound(string username)
    {
        var moderator = await app.RegisterWithRolesAsync("lookupmod", "moderator");

        await moderator.Client.AssertNotFoundAsync($"/api/v1/admin/users/{username}");
    }

    [Fact]
    public async Task ErasedAccountsAreNotFound()
    {
        var erased = await app.RegisterAsync("lookuperased");
        var moderator = await app.RegisterWithRolesAsync("lookupmod", "moderator");
        await app.EraseAsync(erased);

        await moderator.Client.AssertNotFoundAsync(Path(erased));
    }
}
