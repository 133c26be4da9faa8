using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Auth;

public sealed class GoogleSignInTests(GoogleFixture google, VitrinApp unconfigured) : IClassFixture<GoogleFixture>
{
    private VitrinApp App => google.App;

    private Task<int> LoginCountAsync(string subject) =>
        App.WithDbAsync(db => db.UserLogins.CountAsync(l => l.LoginProvider == "Google" && l.ProviderKey == subject));

    private async Task ConfirmEmailAsync(long userId) =>
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true)));

    private async Task AssertRefusedAsync(string credential, int status = 401)
    {
        var problem = await (await google.SignInAsync(credential)).ReadProblemAsync(status);
        Assert.False(problem.TryGetProperty("accessToken", out _));
    }

    [Fact]
    public async Task ANewGoogleIdentityCreatesAConfirmedAccountAndSignsInAgainWith200()
    {
        var claims = GoogleFixture.Claims();
        var first = await google.SignInAsync(google.Mint(claims));
        var user = await GoogleFixture.UserOfAsync(first, HttpStatusCode.Created);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vitrin_refresh=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(claims["email"], user.GetProperty("email").GetString());
        Assert.True(user.GetProperty("emailConfirmed").GetBoolean());
        Assert.True(user.GetProperty("googleLinked").GetBoolean());
        Assert.False(user.GetProperty("hasPassword").GetBoolean());
        Assert.Equal("Ada Lovelace", user.GetProperty("displayName").GetString());
        Assert.Matches("^[A-Za-z0-9_]{3,30}$", user.GetProperty("username").GetString());

        // The issuer's other spelling names the same issuer.
        claims["iss"] = "accounts.google.com";
        var again = await GoogleFixture.UserOfAsync(await google.SignInAsync(google.Mint(claims)), HttpStatusCode.OK);
        Assert.Equal(user.GetProperty("id").GetInt64(), again.GetProperty("id").GetInt64());
        Assert.Equal(1, await LoginCountAsync((string)claims["sub"]!));
    }

    [Fact]
    public async Task TheAccessTokenWorksAndBodyDeliveryReturnsTheRefreshToken()
    {
        var body = await (await google.SignInAsync(google.Mint(GoogleFixture.Claims()), "body")).ReadJsonAsync(HttpStatusCode.Created);
        var refresh = body.GetProperty("refreshToken").GetString()!;
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.GetProperty("accessToken").GetString());
        await (await client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();
        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh })).ReadJsonAsync();
    }

    [Fact]
    public async Task UsernamesAreGeneratedFromTheEmailAndKeptUnique()
    {
        var local = $"jo.doe+{Guid.NewGuid().ToString("N")[..6]}";
        var a = await GoogleFixture.UserOfAsync(await google.SignInAsync(google.Mint(GoogleFixture.Claims(email: $"{local}@gmail.com"))), HttpStatusCode.Created);
        var b = await GoogleFixture.UserOfAsync(await google.SignInAsync(google.Mint(GoogleFixture.Claims(email: $"{local}@example.org"))), HttpStatusCode.Created);
        Assert.Equal(local.Replace('.', '_').Replace('+', '_'), a.GetProperty("username").GetString());
        Assert.NotEqual(a.GetProperty("username").GetString(), b.GetProperty("username").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.Matches("^[A-Za-z0-9_]{3,30}$", b.GetProperty("username").GetString());
    }

    [Fact]
    public async Task AWrongAudienceIsRefused()
    {
        var claims = GoogleFixture.Claims();
        claims["aud"] = "someone-else.apps.googleusercontent.com";
        await AssertRefusedAsync(google.Mint(claims));
        Assert.Equal(0, await LoginCountAsync((string)claims["sub"]!));
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("accounts.google.com.evil.example")]
    [InlineData("http://accounts.google.com")]
    public async Task AWrongIssuerIsRefused(string issuer)
    {
        var claims = GoogleFixture.Claims();
        claims["iss"] = issuer;
        await AssertRefusedAsync(google.Mint(claims));
    }

    [Fact]
    public async Task AnExpiredTokenIsRefusedBeyondTheClockSkew()
    {
        var claims = GoogleFixture.Claims();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        claims["iat"] = now - 3700;
        claims["exp"] = now - 90;
        await AssertRefusedAsync(google.Mint(claims));
    }

    [Fact]
    public async Task ATokenWithoutExpiryIsRefused()
    {
        var claims = GoogleFixture.Claims();
        claims.Remove("exp");
        await AssertRefusedAsync(google.Mint(claims));
    }

    [Fact]
    public async Task ANotYetValidTokenIsRefused()
    {
        var claims = GoogleFixture.Claims();
        claims["nbf"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 600;
        claims["exp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 3600;
        await AssertRefusedAsync(google.Mint(claims));
    }

    [Fact]
    public async Task ASignatureByAnotherKeyIsRefused()
    {
        using var other = RSA.Create(2048);
        await AssertRefusedAsync(google.Mint(GoogleFixture.Claims(), other));
    }

    [Fact]
    public async Task ATamperedPayloadIsRefused()
    {
        var token = google.Mint(GoogleFixture.Claims());
        var parts = token.Split('.');
        var forged = GoogleFixture.Claims(email: "victim@gmail.com");
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(forged));
        await AssertRefusedAsync($"{parts[0]}.{payload}.{parts[2]}");
    }

    [Fact]
    public async Task AnUnknownKeyIdIsRefused()
    {
        using var other = RSA.Create(2048);
        await AssertRefusedAsync(google.Mint(GoogleFixture.Claims(), other, kid: "unknown-key"));
        // Signed with the real key but naming a key Google never published.
        await AssertRefusedAsync(google.Mint(GoogleFixture.Claims(), kid: "unknown-key"));
    }

    [Fact]
    public async Task AlgNoneIsRefused()
    {
        var claims = GoogleFixture.Claims();
        await AssertRefusedAsync(GoogleFixture.Sign(new { alg = "none", typ = "JWT" }, claims, _ => []));
        await AssertRefusedAsync(GoogleFixture.Sign(new { alg = "none", kid = GoogleFixture.KeyId, typ = "JWT" }, claims, _ => []));
        Assert.Equal(0, await LoginCountAsync((string)claims["sub"]!));
    }

    [Fact]
    public async Task Hs256SignedWithThePublicKeyAsSecretIsRefused()
    {
        var publicKeys = new[]
        {
            Encoding.ASCII.GetBytes(google.Key.ExportSubjectPublicKeyInfoPem()),
            google.Key.ExportSubjectPublicKeyInfo(),
            google.Key.ExportParameters(false).Modulus!,
        };
        foreach (var secret in publicKeys)
        {
            var token = GoogleFixture.Sign(new { alg = "HS256", kid = GoogleFixture.KeyId, typ = "JWT" }, GoogleFixture.Claims(),
                data => HMACSHA256.HashData(secret, data));
            await AssertRefusedAsync(token);
        }
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0")]
    [InlineData("....")]
    [InlineData("eyJ%%%.eyJ%%%.AAAA")]
    public async Task AMalformedCredentialIsRefused(string credential) => await AssertRefusedAsync(credential);

    [Fact]
    public async Task AMissingOrHugeCredentialIsAValidationProblem()
    {
        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/google", new { })).AssertValidationErrorAsync("credential");
        await (await google.SignInAsync(new string('a', 10_000))).AssertValidationErrorAsync("credential");
        var wrongType = new StringContent("""{"credential": 12}""", Encoding.UTF8, "application/json");
        await (await App.Anonymous().PostAsync("/api/v1/auth/google", wrongType)).ReadProblemAsync(400);
    }

    [Fact]
    public async Task ATokenWithoutSubjectIsRefused()
    {
        var claims = GoogleFixture.Claims();
        claims.Remove("sub");
        await AssertRefusedAsync(google.Mint(claims));
    }

    [Fact]
    public async Task ANewIdentityWithoutAVerifiedEmailGetsNoAccount()
    {
        var unverified = GoogleFixture.Claims();
        unverified["email_verified"] = false;
        await AssertRefusedAsync(google.Mint(unverified), 403);

        var noEmail = GoogleFixture.Claims();
        noEmail.Remove("email");
        noEmail.Remove("email_verified");
        await AssertRefusedAsync(google.Mint(noEmail), 403);

        Assert.Equal(0, await LoginCountAsync((string)unverified["sub"]!) + await LoginCountAsync((string)noEmail["sub"]!));
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == (string)unverified["email"]!)));
    }

    [Fact]
    public async Task AVerifiedGoogleEmailLinksToAnAccountWhoseEmailIsConfirmed()
    {
        var existing = await App.RegisterAsync("linkme");
        await ConfirmEmailAsync(existing.Id);
        var claims = GoogleFixture.Claims(email: $"{existing.Username.ToUpperInvariant()}@EXAMPLE.com");

        var user = await GoogleFixture.UserOfAsync(await google.SignInAsync(google.Mint(claims)), HttpStatusCode.OK);

        Assert.Equal(existing.Id, user.GetProperty("id").GetInt64());
        Assert.True(user.GetProperty("googleLinked").GetBoolean());
        Assert.True(user.GetProperty("hasPassword").GetBoolean());
        Assert.Equal(1, await LoginCountAsync((string)claims["sub"]!));
        // The password still works alongside Google.
        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = existing.Username, password = VitrinApp.Password })).ReadJsonAsync();
    }

    [Fact]
    public async Task AnAccountWithAnUnconfirmedEmailIsNeverTakenOver()
    {
        var existing = await App.RegisterAsync("victim");
        var claims = GoogleFixture.Claims(email: $"{existing.Username}@example.com");

        var problem = await (await google.SignInAsync(google.Mint(claims))).ReadProblemAsync(409);

        Assert.DoesNotContain("accessToken", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await LoginCountAsync((string)claims["sub"]!));
        Assert.Equal(1, await App.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == $"{existing.Username}@example.com".ToUpperInvariant())));
    }

    [Fact]
    public async Task AnUnverifiedGoogleEmailNeverLinksEvenToAConfirmedAccount()
    {
        var existing = await App.RegisterAsync("victim");
        await ConfirmEmailAsync(existing.Id);
        var claims = GoogleFixture.Claims(email: $"{existing.Username}@example.com");
        claims["email_verified"] = false;
        await AssertRefusedAsync(google.Mint(claims), 403);

        claims["email_verified"] = "false";
        await AssertRefusedAsync(google.Mint(claims), 403);
        Assert.Equal(0, await LoginCountAsync((string)claims["sub"]!));
    }

    [Fact]
    public async Task ABannedUserIsRefusedAsAtLogin()
    {
        var claims = GoogleFixture.Claims();
        var user = await GoogleFixture.UserOfAsync(await google.SignInAsync(google.Mint(claims)), HttpStatusCode.Created);
        var id = user.GetProperty("id").GetInt64();
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, DateTime.UtcNow)));

        await AssertRefusedAsync(google.Mint(claims), 403);

        // Nor can a banned password account be reached by linking.
        var banned = await App.RegisterAsync("bannedlink");
        await ConfirmEmailAsync(banned.Id);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == banned.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, DateTime.UtcNow)));
        var link = GoogleFixture.Claims(email: $"{banned.Username}@example.com");
        await AssertRefusedAsync(google.Mint(link), 403);
        Assert.Equal(0, await LoginCountAsync((string)link["sub"]!));
    }

    [Fact]
    public async Task WithoutAClientIdGoogleSignInIsNotFoundAndProvidersSaySo()
    {
        await AssertStatusAsync(await google.SignInAsync(google.Mint(GoogleFixture.Claims()), app: unconfigured), 404);
        var providers = await (await unconfigured.Anonymous().GetAsync("/api/v1/auth/providers")).ReadJsonAsync();
        Assert.False(providers.GetProperty("google").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, providers.GetProperty("googleClientId").ValueKind);
    }

    [Fact]
    public async Task ProvidersNameTheClientIdAndTheCspAllowsGoogleIdentityServices()
    {
        var response = await App.Anonymous().GetAsync("/api/v1/auth/providers");
        var providers = await response.ReadJsonAsync();
        Assert.True(providers.GetProperty("google").GetBoolean());
        Assert.Equal(GoogleFixture.ClientId, providers.GetProperty("googleClientId").GetString());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' https://accounts.google.com/gsi/client;", csp, StringComparison.Ordinal);
        Assert.Contains("frame-src https://accounts.google.com/gsi/;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenGooglesKeysCannotBeFetchedTheAnswerIs503NotA500()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var down = new VitrinApp().UsingDatabase(App.Database)
            .WithSettings(("Auth:Google:ClientId", GoogleFixture.ClientId), ("Auth:Google:JwksUrl", $"http://127.0.0.1:{port}/certs"));
        await down.InitializeAsync();

        var response = await google.SignInAsync(google.Mint(GoogleFixture.Claims()), app: down);

        await response.ReadProblemAsync(503);
        Assert.True(response.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task AKeyGoogleRotatesInIsFetchedWhenATokenNamesIt()
    {
        // An instance of its own, so no other test's key refresh is in the way.
        await using var fresh = new VitrinApp().UsingDatabase(App.Database)
            .WithSettings(("Auth:Google:ClientId", GoogleFixture.ClientId), ("Auth:Google:JwksUrl", google.JwksUrl));
        await fresh.InitializeAsync();
        await (await google.SignInAsync(google.Mint(GoogleFixture.Claims()), app: fresh)).ReadJsonAsync(HttpStatusCode.Created);

        using var rotated = RSA.Create(2048);
        await Task.Delay(TimeSpan.FromSeconds(1.2)); // unknown key ids refetch at most once a second
        google.Publish((GoogleFixture.KeyId, google.Key), ("rotated-key", rotated));
        try
        {
            var response = await google.SignInAsync(google.Mint(GoogleFixture.Claims(), rotated, kid: "rotated-key"), app: fresh);
            await response.ReadJsonAsync(HttpStatusCode.Created);
        }
        finally
        {
            google.Publish((GoogleFixture.KeyId, google.Key));
        }
    }

    [Fact]
    public async Task ConcurrentFirstSignInsCreateOneAccount()
    {
        var claims = GoogleFixture.Claims();
        var token = google.Mint(claims);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => google.SignInAsync(token)));

        var statuses = responses.Select(r => r.StatusCode).ToArray();
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Created, $"got {s}: {string.Join(",", statuses)}"));
        Assert.Single(statuses, HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync(r.StatusCode)).GetProperty("user").GetProperty("id").GetInt64()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await LoginCountAsync((string)claims["sub"]!));
        Assert.Equal(1, await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == (string)claims["email"]!)));
    }

    private static async Task AssertStatusAsync(HttpResponseMessage response, int status) => await response.ReadProblemAsync(status);
}
