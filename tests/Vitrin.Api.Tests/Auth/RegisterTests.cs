using System.Net;
using System.Net.Http.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Auth;

public sealed class RegisterTests(VitrinApp app)
{
    private static object NewUser(string? username = null, string? password = VitrinApp.Password)
    {
        var name = username ?? VitrinApp.UniqueName("reg");
        return new { username = name, email = $"{name}@example.com", password };
    }

    [Fact]
    public async Task RegisteringAnswersCreatedWithAccessTokenAndRefreshCookie()
    {
        var name = VitrinApp.UniqueName("new");
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = name, email = $"{name}@Example.com", password = VitrinApp.Password, displayName = "New Person" });

        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/users/{name}", response.Headers.Location?.OriginalString);
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.InRange(body.GetProperty("expiresIn").GetInt32(), 60, 900);
        Assert.False(body.TryGetProperty("refreshToken", out _));
        var user = body.GetProperty("user");
        Assert.Equal(name, user.GetProperty("username").GetString());
        Assert.Equal("New Person", user.GetProperty("displayName").GetString());
        Assert.Equal(["user"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
        Assert.True(user.GetProperty("hasPassword").GetBoolean());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("vitrin_refresh=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BodyDeliveryReturnsRefreshTokenAndSetsNoCookie()
    {
        var name = VitrinApp.UniqueName("mobile");
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = name, email = $"{name}@example.com", password = VitrinApp.Password, tokenDelivery = "body" });

        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refreshToken").GetString()));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ResponseNeverContainsSecrets()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register", NewUser());
        var text = await response.Content.ReadAsStringAsync();

        foreach (var secret in new[] { "passwordHash", "securityStamp", "concurrencyStamp", VitrinApp.Password })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("username", "ab")]
    [InlineData("username", "this_username_is_far_too_long_for_us")]
    [InlineData("username", "has space")]
    [InlineData("username", "dash-name")]
    [InlineData("username", "émile")]
    [InlineData("email", "not-an-email")]
    [InlineData("email", "a@b")]
    [InlineData("password", "short")]
    [InlineData("password", "password")]
    [InlineData("password", "iloveyou1")]
    [InlineData("displayName", "this display name is much longer than sixty characters, surely")]
    public async Task InvalidFieldIsValidationProblem(string field, string value)
    {
        var name = VitrinApp.UniqueName("v");
        var body = new Dictionary<string, object?>
        {
            ["username"] = name,
            ["email"] = $"{name}@example.com",
            ["password"] = VitrinApp.Password,
            [field] = value,
        };

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register", body);

        await response.AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task OverlongPasswordIsRefused()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register", NewUser(password: new string('x', 129)));

        await response.AssertValidationErrorAsync("password");
    }

    [Fact]
    public async Task PasswordEqualToUsernameIsRefused()
    {
        var name = VitrinApp.UniqueName("same");
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register", NewUser(name, password: name));

        await response.AssertValidationErrorAsync("password");
    }

    [Fact]
    public async Task MissingFieldsAreEachNamed()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register", new { });

        var problem = await response.ReadProblemAsync(400);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("username", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task UsernameIsUniqueIgnoringCase()
    {
        var user = await app.RegisterAsync("dup");
        var upper = user.Username.ToUpperInvariant();

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = upper, email = $"other_{user.Username}@example.com", password = VitrinApp.Password });

        await response.AssertValidationErrorAsync("username");
    }

    [Fact]
    public async Task EmailIsUniqueIgnoringCase()
    {
        var user = await app.RegisterAsync("dupmail");

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = VitrinApp.UniqueName("other"), email = $"{user.Username.ToUpperInvariant()}@EXAMPLE.com", password = VitrinApp.Password });

        await response.AssertValidationErrorAsync("email");
    }

    [Fact]
    public async Task ConcurrentRegistrationsOfOneNameCreateOneAccount()
    {
        var name = VitrinApp.UniqueName("race");
        var attempts = Enumerable.Range(0, 6).Select(i => app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = name, email = $"{name}{i}@example.com", password = VitrinApp.Password }));

        var responses = await Task.WhenAll(attempts);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
    }

    [Theory]
    [InlineData("role", "admin")]
    [InlineData("roles", "admin")]
    [InlineData("emailConfirmed", true)]
    [InlineData("id", 1)]
    [InlineData("passwordHash", "x")]
    public async Task ExtraPropertiesAreRefusedNotApplied(string property, object value)
    {
        var name = VitrinApp.UniqueName("mass");
        var body = new Dictionary<string, object>
        {
            ["username"] = name,
            ["email"] = $"{name}@example.com",
            ["password"] = VitrinApp.Password,
            [property] = value,
        };

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register", body);

        await response.AssertValidationErrorAsync(property);
        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = name, password = VitrinApp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }
}
