using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Users;

public sealed class AccountDeletionTests(VitrinApp app)
{
    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, object? body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/users/me") { Content = body is null ? null : JsonContent.Create(body) });

    [Fact]
    public async Task DeletingErasesTheAccountAndKeepsPublishedContentAnonymous()
    {
        var user = await app.RegisterAsync("leaving");
        var fan = await app.RegisterAsync("fan");
        var published = await user.CreateAsync();
        var draft = await user.CreateAsync(status: "draft");
        await fan.Client.PutAsync($"/api/v1/users/{user.Username}/follow", null);

        var response = await DeleteAsync(user.Client, new { password = VitrinApp.Password });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await user.Client.GetAsync("/api/v1/auth/me")).ReadProblemAsync(401);
        await (await app.Anonymous().GetAsync($"/api/v1/users/{user.Username}")).ReadProblemAsync(404);
        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        var product = await (await app.Anonymous().GetAsync($"/api/v1/products/{published.Id()}")).ReadJsonAsync();
        Assert.Equal($"deleted-{user.Id}", product.GetProperty("author").GetProperty("username").GetString());
        var stored = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Null(stored.Email);
        Assert.Null(stored.PasswordHash);
        Assert.False(await app.WithDbAsync(db => db.Products.AnyAsync(p => p.Id == draft.Id())));
        Assert.Equal(0, (await (await fan.Client.GetAsync("/api/v1/auth/me")).ReadJsonAsync()).GetProperty("stats").GetProperty("following").GetInt32());
    }

    [Fact]
    public async Task TheEmailAndUsernameCanBeUsedAgain()
    {
        var user = await app.RegisterAsync("reuse");
        await DeleteAsync(user.Client, new { password = VitrinApp.Password });

        var again = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = user.Username, email = $"{user.Username}@example.com", password = VitrinApp.Password });

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task WrongOrMissingPasswordIsRefused()
    {
        var user = await app.RegisterAsync("staying");

        await (await DeleteAsync(user.Client, new { password = "not the password" })).AssertValidationErrorAsync("password");
        await (await DeleteAsync(user.Client, null)).AssertValidationErrorAsync("password");
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task AnonymousCannotDelete()
    {
        await (await DeleteAsync(app.Anonymous(), new { password = "x" })).ReadProblemAsync(401);
    }
}
