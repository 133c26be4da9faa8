using System.Net;
using System.Net.Http.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Auth;

public sealed class ChangePasswordTests(VitrinApp app)
{
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task ChangingPasswordRevokesOtherSessionsButKeepsThisOne()
    {
        var user = await app.RegisterAsync("change");
        var other = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { login = user.Username, password = VitrinApp.Password, tokenDelivery = "body" });
        var otherRefresh = (await other.ReadJsonAsync()).GetProperty("refreshToken").GetString();

        var change = await user.Client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = VitrinApp.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        await (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = otherRefresh })).ReadProblemAsync(401);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.PostAsync("/api/v1/auth/refresh", null)).StatusCode);
        var oldLogin = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password });
        var newLogin = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = NewPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, oldLogin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newLogin.StatusCode);
    }

    [Fact]
    public async Task WrongCurrentPasswordIsRefused()
    {
        var user = await app.RegisterAsync("wrongcur");

        var response = await user.Client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = "not my password", newPassword = NewPassword });

        await response.AssertValidationErrorAsync("currentPassword");
    }

    [Theory]
    [InlineData("short")]
    [InlineData("password123")]
    public async Task WeakNewPasswordIsRefused(string newPassword)
    {
        var user = await app.RegisterAsync("weak");

        var response = await user.Client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = VitrinApp.Password, newPassword });

        await response.AssertValidationErrorAsync("newPassword");
    }

    [Fact]
    public async Task AnonymousCannotChangePassword()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = VitrinApp.Password, newPassword = NewPassword });

        await response.ReadProblemAsync(401);
    }
}
