using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Auth;

/// <summary>
/// Stands in for Google: an RSA key, its JWKS served on loopback, and an API instance configured
/// with our client id and that JWKS address. Tokens are minted by hand so that every field,
/// including the header's alg and kid, can be made wrong.
/// </summary>
public sealed class GoogleFixture : IAsyncLifetime
{
    public const string ClientId = "vitrin-test.apps.googleusercontent.com";
    public const string KeyId = "google-test-key";
    private WebApplication? _jwks;
    private string _published = "";

    public RSA Key { get; } = RSA.Create(2048);

    public string JwksUrl { get; private set; } = "";

    public VitrinApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Publish((KeyId, Key));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _jwks = builder.Build();
        _jwks.MapGet("/oauth2/v3/certs", () => Results.Text(_published, "application/json"));
        await _jwks.StartAsync();
        JwksUrl = _jwks.Urls.First() + "/oauth2/v3/certs";

        App = new VitrinApp().WithSettings(("Auth:Google:ClientId", ClientId), ("Auth:Google:JwksUrl", JwksUrl));
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_jwks is not null)
        {
            await _jwks.DisposeAsync();
        }

        Key.Dispose();
    }

    /// <summary>Replaces the key set the JWKS endpoint serves (as Google does when it rotates keys).</summary>
    public void Publish(params (string Kid, RSA Key)[] keys) => _published = JsonSerializer.Serialize(new
    {
        keys = keys.Select(k =>
        {
            var parameters = k.Key.ExportParameters(false);
            return new
            {
                kty = "RSA", use = "sig", alg = "RS256", kid = k.Kid,
                n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent),
            };
        }),
    });

    /// <summary>The claims of a valid ID token for a new Google user; tests change what they test.</summary>
    public static Dictionary<string, object?> Claims(string? subject = null, string? email = null)
    {
        subject ??= RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new()
        {
            ["iss"] = "https://accounts.google.com",
            ["azp"] = ClientId,
            ["aud"] = ClientId,
            ["sub"] = subject,
            ["email"] = email ?? $"g{subject}@gmail.com",
            ["email_verified"] = true,
            ["name"] = "Ada Lovelace",
            ["iat"] = now,
            ["exp"] = now + 3600,
        };
    }

    /// <summary>An RS256 token signed with the published key (or <paramref name="key"/>).</summary>
    public string Mint(Dictionary<string, object?> claims, RSA? key = null, string kid = KeyId) =>
        Sign(new { alg = "RS256", kid, typ = "JWT" }, claims,
            data => (key ?? Key).SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static string Sign(object header, Dictionary<string, object?> claims, Func<byte[], byte[]> signature)
    {
        var signingInput = $"{Encode(header)}.{Encode(claims)}";
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    private static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));

    public Task<HttpResponseMessage> SignInAsync(string credential, string? tokenDelivery = null, VitrinApp? app = null) =>
        (app ?? App).Anonymous().PostAsJsonAsync("/api/v1/auth/google", new { credential, tokenDelivery });

    public static async Task<JsonElement> UserOfAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        (await response.ReadJsonAsync(expected)).GetProperty("user");
}
