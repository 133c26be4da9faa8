using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Vitrin.Api.Auth;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Auth;

public sealed class AccessTokenTests(VitrinApp app)
{
    private SymmetricSecurityKey AppKey => app.Services.GetRequiredService<SigningKey>().Key;

    private static string Mint(SecurityKey key, string algorithm, long userId, string issuer = "vitrin", string audience = "vitrin-api",
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp < now ? exp.AddMinutes(-15) : now,
            NotBefore = exp < now ? exp.AddMinutes(-15) : now,
            Expires = exp,
            Claims = new Dictionary<string, object> { ["sub"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    private async Task<HttpStatusCode> MeStatusAsync(string token)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.GetAsync("/api/v1/auth/me");
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            await response.ReadProblemAsync(401);
        }

        return response.StatusCode;
    }

    [Fact]
    public async Task MeReturnsThePrivateAccount()
    {
        var user = await app.RegisterAsync("me");

        var me = await (await user.Client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();

        Assert.Equal(user.Username, me.GetProperty("username").GetString());
        Assert.Equal($"{user.Username}@example.com", me.GetProperty("email").GetString());
        Assert.False(me.GetProperty("emailConfirmed").GetBoolean());
        Assert.False(me.GetProperty("googleLinked").GetBoolean());
        Assert.Equal(0, me.GetProperty("stats").GetProperty("followers").GetInt32());
    }

    [Fact]
    public async Task MeWithoutTokenIsUnauthorized()
    {
        await (await app.Anonymous().GetAsync("/api/v1/auth/me")).ReadProblemAsync(401);
    }

    [Fact]
    public async Task AccessTokenLivesAtMostFifteenMinutesAndIsPinnedToHs256()
    {
        var user = await app.RegisterAsync("lifetime");

        var token = new JsonWebToken(user.AccessToken);

        Assert.Equal("HS256", token.Alg);
        Assert.InRange((token.ValidTo - token.IssuedAt).TotalMinutes, 1, 15);
        Assert.Equal("vitrin", token.Issuer);
        Assert.Contains("vitrin-api", token.Audiences);
    }

    [Fact]
    public async Task SelfMintedTokenWithTheRightKeyIsAccepted()
    {
        var user = await app.RegisterAsync("control");

        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(Mint(AppKey, SecurityAlgorithms.HmacSha256, user.Id)));
    }

    [Fact]
    public async Task TamperedSignatureIsRejected()
    {
        var user = await app.RegisterAsync("tamper");
        var parts = user.AccessToken.Split('.');
        var signature = parts[2].ToCharArray();
        signature[5] = signature[5] == 'A' ? 'B' : 'A';

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync($"{parts[0]}.{parts[1]}.{new string(signature)}"));
    }

    [Fact]
    public async Task TamperedPayloadIsRejected()
    {
        var user = await app.RegisterAsync("payload");
        var other = await app.RegisterAsync("victim");
        var parts = user.AccessToken.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace($"\"sub\":\"{user.Id}\"", $"\"sub\":\"{other.Id}\"", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}"));
    }

    [Fact]
    public async Task AlgNoneIsRejected()
    {
        var user = await app.RegisterAsync("none");
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(
            $$"""{"sub":"{{user.Id}}","iss":"vitrin","aud":"vitrin-api","exp":{{DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds()}}}""");

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync($"{header}.{payload}."));
    }

    [Fact]
    public async Task RsaSignedTokenIsRejected()
    {
        var user = await app.RegisterAsync("rsa");
        using var rsa = RSA.Create(2048);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(Mint(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256, user.Id)));
    }

    [Fact]
    public async Task OtherHmacAlgorithmIsRejectedEvenWithTheRightKey()
    {
        var user = await app.RegisterAsync("hs512");
        var header = Base64UrlEncoder.Encode("""{"alg":"HS512","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(
            $$"""{"sub":"{{user.Id}}","iss":"vitrin","aud":"vitrin-api","exp":{{DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds()}}}""");
        var signature = HMACSHA512.HashData(AppKey.Key, Encoding.ASCII.GetBytes($"{header}.{payload}"));

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync($"{header}.{payload}.{Base64UrlEncoder.Encode(signature)}"));
    }

    [Fact]
    public async Task WrongKeyIsRejected()
    {
        var user = await app.RegisterAsync("wrongkey");
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(Mint(key, SecurityAlgorithms.HmacSha256, user.Id)));
    }

    [Fact]
    public async Task WrongIssuerOrAudienceIsRejected()
    {
        var user = await app.RegisterAsync("issuer");

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(Mint(AppKey, SecurityAlgorithms.HmacSha256, user.Id, issuer: "evil")));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(Mint(AppKey, SecurityAlgorithms.HmacSha256, user.Id, audience: "other")));
    }

    [Fact]
    public async Task ExpiredTokenIsRejected()
    {
        var user = await app.RegisterAsync("expired");

        var token = Mint(AppKey, SecurityAlgorithms.HmacSha256, user.Id, expires: DateTime.UtcNow.AddSeconds(-31));

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(token));
    }

    [Fact]
    public async Task BanStopsExistingAccessTokensAtOnce()
    {
        var user = await app.RegisterAsync("banme");
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(user.AccessToken));

        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, DateTime.UtcNow)));

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(user.AccessToken));
    }

    [Fact]
    public async Task DeletedAccountsTokensStopWorking()
    {
        var user = await app.RegisterAsync("gone");

        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DeletedAt, DateTime.UtcNow)));

        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(user.AccessToken));
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.e30")]
    public async Task GarbageAuthorizationHeaderIsUnauthorizedNotAnError(string header)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.TryAddWithoutValidation("Authorization", header);

        await (await app.Anonymous().SendAsync(request)).ReadProblemAsync(401);
    }
}
