using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Vitrin.Api.Auth;

/// <summary>Settings under <c>Auth:Google</c>. Google sign-in is off while <see cref="ClientId"/> is empty.</summary>
public sealed class GoogleSignInOptions
{
    /// <summary>The OAuth web client id; ID tokens must name it as their audience.</summary>
    public string? ClientId { get; set; }

    /// <summary>Where Google publishes its signing keys (configurable so tests can serve their own).</summary>
    public string JwksUrl { get; set; } = "https://www.googleapis.com/oauth2/v3/certs";

    public bool Enabled => !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>The verified claims of a Google ID token that sign-in needs.</summary>
public sealed record GoogleIdentity(string Subject, string? Email, bool EmailVerified, string? Name);

public enum GoogleTokenOutcome
{
    Valid,
    Invalid,

    /// <summary>Google's keys could not be fetched: the token was neither accepted nor refused.</summary>
    KeysUnavailable,
}

/// <summary>
/// Verifies Google ID tokens (RS256 only) against Google's JWKS, which is cached and refetched when
/// a token names a key it does not know (Google rotates its keys).
/// </summary>
public sealed partial class GoogleTokenValidator : IDisposable
{
    public static readonly string[] Issuers = ["accounts.google.com", "https://accounts.google.com"];
    private static readonly JsonWebTokenHandler Handler = new();
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    // Google rotates keys every few days and publishes the next one ahead of use: an hour's cache is
    // safe, and a token naming an unknown key refetches at once (at most once a second, so random kids
    // cannot make us hammer Google).
    private static readonly TimeSpan KeysMaxAge = TimeSpan.FromHours(1);
    private static readonly TimeSpan MinRefetchInterval = TimeSpan.FromSeconds(1);

    private readonly GoogleSignInOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<GoogleTokenValidator> _logger;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private JsonWebKeySet? _keys;
    private DateTimeOffset _fetchedAt;

    public GoogleTokenValidator(IOptions<GoogleSignInOptions> options, TimeProvider clock, ILogger<GoogleTokenValidator> logger)
    {
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    public bool Enabled => _options.Enabled;

    public string? ClientId => _options.Enabled ? _options.ClientId : null;

    /// <summary>https, or http on loopback only (tests serve their own JWKS).</summary>
    public static bool IsAllowedJwksUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    public async Task<(GoogleTokenOutcome Outcome, GoogleIdentity? Identity)> ValidateAsync(string credential, CancellationToken ct)
    {
        if (!Enabled)
        {
            return (GoogleTokenOutcome.Invalid, null);
        }

        var keys = await GetKeysAsync(unknownKey: false, ct);
        if (keys is not null && KeyIdOf(credential) is { } kid && keys.Keys.All(k => k.Kid != kid))
        {
            keys = await GetKeysAsync(unknownKey: true, ct);
        }

        if (keys is null)
        {
            return (GoogleTokenOutcome.KeysUnavailable, null);
        }

        var result = await ValidateWithKeysAsync(credential, keys);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token
            || !token.TryGetPayloadValue<string>("sub", out var subject) || string.IsNullOrEmpty(subject) || subject.Length > 255)
        {
            LogRejected(_logger, result.Exception?.GetType().Name ?? "no subject");
            return (GoogleTokenOutcome.Invalid, null);
        }

        token.TryGetPayloadValue<string>("email", out var email);
        token.TryGetPayloadValue<string>("name", out var name);
        return (GoogleTokenOutcome.Valid, new GoogleIdentity(subject, string.IsNullOrWhiteSpace(email) ? null : email, IsTrue(token, "email_verified"), name));
    }

    private static string? KeyIdOf(string credential)
    {
        try
        {
            return Handler.CanReadToken(credential) ? new JsonWebToken(credential).Kid : null;
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The cached key set, refetched when stale (or, for a token naming an unknown key, when not fetched
    /// in the last second). If Google cannot be reached the last keys stay in use; null when there are none.
    /// </summary>
    private async Task<JsonWebKeySet?> GetKeysAsync(bool unknownKey, CancellationToken ct)
    {
        bool Fresh() => _keys is not null && _clock.GetUtcNow() - _fetchedAt < (unknownKey ? MinRefetchInterval : KeysMaxAge);
        if (Fresh())
        {
            return _keys;
        }

        await _fetching.WaitAsync(ct);
        try
        {
            if (Fresh())
            {
                return _keys;
            }

            try
            {
                using var response = await _http.GetAsync(_options.JwksUrl, ct);
                response.EnsureSuccessStatusCode();
                _keys = new JsonWebKeySet(await response.Content.ReadAsStringAsync(ct));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ArgumentException or JsonException)
            {
                LogKeysUnavailable(_logger, e.GetType().Name);
            }

            // Also after a failure, so an outage is retried once a second, not on every request.
            _fetchedAt = _clock.GetUtcNow();
            return _keys;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private Task<TokenValidationResult> ValidateWithKeysAsync(string credential, JsonWebKeySet keys) =>
        Handler.ValidateTokenAsync(credential, new TokenValidationParameters
        {
            ValidIssuers = Issuers,
            ValidAudience = _options.ClientId,
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            // Google always names its key; a token naming none, or an unknown one, is refused.
            TryAllIssuerSigningKeys = false,
            LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires),
        });

    /// <summary>Lifetime checked against the app's clock, with 30 s of skew; a token without expiry is refused.</summary>
    private bool IsCurrent(DateTime? notBefore, DateTime? expires)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp + ClockSkew && (notBefore is not { } nbf || now >= nbf - ClockSkew);
    }

    // Google sends a JSON boolean; older tokens carried the string "true".
    private static bool IsTrue(JsonWebToken token, string claim) =>
        (token.TryGetPayloadValue<bool>(claim, out var flag) && flag)
        || (token.TryGetPayloadValue<string>(claim, out var text) && string.Equals(text, "true", StringComparison.OrdinalIgnoreCase));

    public void Dispose()
    {
        _http.Dispose();
        _fetching.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Google ID token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Google signing keys could not be fetched: {Reason}")]
    private static partial void LogKeysUnavailable(ILogger logger, string reason);
}
