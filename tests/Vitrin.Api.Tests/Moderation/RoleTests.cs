using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Users;

namespace Vitrin.Api.Tests.Moderation;

public sealed class RoleTests(VitrinApp app)
{
    private static string RolePath(TestUser user, string role) => $"/api/v1/admin/users/{user.Username}/roles/{role}";

    private async Task<HttpClient> SignInAgainAsync(TestUser user)
    {
        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password });
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.ReadJsonAsync()).Str("accessToken"));
        return client;
    }

    private static async Task<string[]> RolesAsync(HttpClient client) =>
        [.. (await (await client.GetAsync("/api/v1/auth/me")).ReadJsonAsync()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];

    [Fact]
    public async Task AGrantedModeratorSeesTheQueueWithTheirNextToken()
    {
        var user = await app.RegisterAsync("rolenew");
        var admin = await app.RegisterWithRolesAsync("roleadmin", "admin");
        await (await user.Client.GetAsync("/api/v1/admin/reports")).ReadProblemAsync(403);

        await admin.Client.PutAsync(RolePath(user, "moderator"), null).AssertStatusAsync(HttpStatusCode.NoContent);

        // The old token still works, without the role; a new one carries it.
        await (await user.Client.GetAsync("/api/v1/admin/reports")).ReadProblemAsync(403);
        var signedIn = await SignInAgainAsync(user);
        await (await signedIn.GetAsync("/api/v1/admin/reports?limit=1")).ReadJsonAsync();
        Assert.Equal(["user", "moderator"], await RolesAsync(signedIn));
        var entry = Assert.Single(await app.LogEntriesAsync("user", user.Id));
        Assert.Equal(("grant_role", "moderator"), (entry.Str("action"), entry.Str("reason")));
        Assert.Equal(admin.Username, entry.GetProperty("moderator").Username());
    }

    [Fact]
    public async Task RevokingARoleEndsTheTokensThatCarryItAtOnce()
    {
        var moderator = await app.RegisterWithRolesAsync("rolemod", "moderator");
        var admin = await app.RegisterWithRolesAsync("roleadmin", "admin");
        await (await moderator.Client.GetAsync("/api/v1/admin/reports?limit=1")).ReadJsonAsync();
        // Tokens issued within a second of the revocation survive it (clock tolerance of the valid-after check).
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        await admin.Client.DeleteAsync(RolePath(moderator, "moderator")).AssertStatusAsync(HttpStatusCode.NoContent);

        await (await moderator.Client.GetAsync("/api/v1/admin/reports?limit=1")).ReadProblemAsync(401);
        await (await moderator.Client.GetAsync("/api/v1/auth/me")).ReadProblemAsync(401);
        // A refresh is still allowed and gives a token without the role.
        var refreshed = await (await moderator.Client.PostAsync("/api/v1/auth/refresh", null)).ReadJsonAsync();
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.Str("accessToken"));
        await (await client.GetAsync("/api/v1/admin/reports")).ReadProblemAsync(403);
        Assert.Equal(["user"], await RolesAsync(client));
        var entry = Assert.Single(await app.LogEntriesAsync("user", moderator.Id));
        Assert.Equal(("revoke_role", "moderator"), (entry.Str("action"), entry.Str("reason")));
    }

    [Fact]
    public async Task GrantingAndRevokingAreIdempotentAndLoggedOnce()
    {
        var user = await app.RegisterAsync("rolenew");
        var admin = await app.RegisterWithRolesAsync("roleadmin", "admin");

        await admin.Client.PutAsync(RolePath(user, "admin"), null).AssertStatusAsync(HttpStatusCode.NoContent);
        await admin.Client.PutAsync(RolePath(user, "admin"), null).AssertStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal(["user", "admin"], await RolesAsync(await SignInAgainAsync(user)));
        await admin.Client.DeleteAsync(RolePath(user, "admin")).AssertStatusAsync(HttpStatusCode.NoContent);
        await admin.Client.DeleteAsync(RolePath(user, "admin")).AssertStatusAsync(HttpStatusCode.NoContent);
        await admin.Client.DeleteAsync(RolePath(user, "moderator")).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.Equal(["user"], await RolesAsync(await SignInAgainAsync(user)));
        Assert.Equal(["revoke_role", "grant_role"], (await app.LogEntriesAsync("user", user.Id)).Select(e => e.Str("action")));
    }

    [Fact]
    public async Task ConcurrentGrantsOfOneRoleAllSucceed()
    {
        var user = await app.RegisterAsync("rolenew");
        var admin = await app.RegisterWithRolesAsync("roleadmin", "admin");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.Client.PutAsync(RolePath(user, "moderator"), null)));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict }));
        Assert.Equal(["user", "moderator"], await RolesAsync(await SignInAgainAsync(user)));
    }

    [Fact]
    public async Task OnlyAdminsChangeRoles()
    {
        var user = await app.RegisterAsync("rolenew");
        var moderator = await app.RegisterWithRolesAsync("rolemod", "moderator");

        foreach (var (client, status) in new[] { (app.Anonymous(), HttpStatusCode.Unauthorized), (user.Client, HttpStatusCode.Forbidden), (moderator.Client, HttpStatusCode.Forbidden) })
        {
            await client.PutAsync(RolePath(user, "moderator"), null).AssertStatusAsync(status);
            await client.PutAsync(RolePath(moderator, "admin"), null).AssertStatusAsync(status);
            await client.DeleteAsync(RolePath(moderator, "moderator")).AssertStatusAsync(status);
        }

        Assert.Equal(["user"], await RolesAsync(user.Client));
        Assert.Equal(["user", "moderator"], await RolesAsync(moderator.Client));
    }

    [Fact]
    public async Task AnAdminCannotRemoveTheirOwnAdminRole()
    {
        var admin = await app.RegisterWithRolesAsync("roleadmin", "admin");

        await (await admin.Client.DeleteAsync(RolePath(admin, "admin"))).ReadProblemAsync(400);

        Assert.Equal(["user", "admin"], await RolesAsync(admin.Client));
    }

    [Theory]
    [InlineData("user")]
    [InlineData("superuser")]
    [InlineData("Admin")]
    [InlineData("MODERATOR")]
    public async Task UnknownRolesAreValidationProblems(string role)
    {
        var user = await app.RegisterAsync("rolenew");
        var admin = await app.RegisterWithRolesAsync("roleadmin", "admin");

        await (await admin.Client.PutAsync(RolePath(user, role), null)).AssertValidationErrorAsync("role");
        await (await admin.Client.DeleteAsync(RolePath(user, role))).AssertValidationErrorAsync("role");
    }

    [Fact]
    public async Task RolesOfUnknownOrErasedAccountsAreNotFound()
    {
        var admin = await app.RegisterWithRolesAsync("roleadmin", "admin");
        var erased = await app.RegisterAsync("roleerased");
        await app.EraseAsync(erased);

        await (await admin.Client.PutAsync("/api/v1/admin/users/no_such_user_here/roles/moderator", null)).ReadProblemAsync(404);
        await (await admin.Client.DeleteAsync("/api/v1/admin/users/no_such_user_here/roles/moderator")).ReadProblemAsync(404);
        await (await admin.Client.PutAsync(RolePath(erased, "moderator"), null)).ReadProblemAsync(404);
    }
}
