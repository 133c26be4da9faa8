using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Auth;

public sealed class LoginTests(VitrinApp app)
{
    [Fact]
    public async Task LoginByUsernameReturnsTokens()
    {
        var user = await app.RegisterAsync("login");

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password });

        var body = await response.ReadJsonAsync();
        Assert.Equal(user.Id, body.GetProperty("user").GetProperty("id").GetInt64());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vitrin_refresh=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoginByEmailIgnoresCase()
    {
        var user = await app.RegisterAsync("bymail");

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { login = $"{user.Username.ToUpperInvariant()}@Example.COM", password = VitrinApp.Password });

        Assert.Equal(user.Id, (await response.ReadJsonAsync()).GetProperty("user").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUserAnswerAlike()
    {
        var user = await app.RegisterAsync("alike");

        var wrong = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = "wrong password here" });
        var unknown = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = VitrinApp.UniqueName("ghost"), password = "wrong password here" });

        var a = await wrong.ReadProblemAsync(401);
        var b = await unknown.ReadProblemAsync(401);
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.Equal(
            a.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            b.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnknownUserTakesAboutAsLongAsWrongPassword()
    {
        var user = await app.RegisterAsync("timing");
        var client = app.Anonymous();

        async Task<double> MedianMs(string login)
        {
            var times = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                await client.PostAsJsonAsync("/api/v1/auth/login", new { login, password = "not the password" });
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            return times.Order().ElementAt(2);
        }

        var known = await MedianMs(user.Username);
        var unknown = await MedianMs(VitrinApp.UniqueName("nobody"));

        // Both pay for a full password hash; a missing account must not answer several times faster.
        Assert.True(unknown > known / 3, $"unknown user {unknown:F1} ms vs wrong password {known:F1} ms");
    }

    [Fact]
    public async Task UnicodePasswordWithSpacesWorksAndIsNotTruncated()
    {
        var name = VitrinApp.UniqueName("uni");
        const string password = "رمز عبور من 🔑 with spaces";
        var register = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = name, email = $"{name}@example.com", password });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);

        var ok = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = name, password });
        var truncated = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = name, password = password[..^2] });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, truncated.StatusCode);
    }

    [Fact]
    public async Task BannedUserCannotSignIn()
    {
        var user = await app.RegisterAsync("banned");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, DateTime.UtcNow)));

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password });

        await response.ReadProblemAsync(403);
    }

    [Theory]
    [InlineData("""{"login":"someone"}""", "password")]
    [InlineData("""{"password":"whatever123"}""", "login")]
    [InlineData("""{"login":null,"password":"whatever123"}""", "login")]
    [InlineData("""{"login":"someone","password":12345678}""", "password")]
    [InlineData("""{"login":["a"],"password":"whatever123"}""", "login")]
    [InlineData("""{"login":"someone","password":"whatever123","tokenDelivery":"pigeon"}""", "tokenDelivery")]
    [InlineData("""{"login":"someone","password":"whatever123","tokenDelivery":1}""", "tokenDelivery")]
    public async Task MalformedLoginIsValidationProblem(string json, string field)
    {
        var response = await app.Anonymous().PostAsync("/api/v1/auth/login",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task MegabyteLoginIsRefusedAsBadRequest()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { login = new string('a', 1_000_000), password = "whatever123" });

        await response.AssertValidationErrorAsync("login");
    }

    [Fact]
    public async Task ErrorBodiesAreProblemJson()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = "x", password = "y" });

        var problem = await response.ReadProblemAsync(401);
        Assert.Equal(JsonValueKind.String, problem.GetProperty("type").ValueKind);
    }
}
