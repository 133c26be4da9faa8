using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
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
/// Verifies Google ID tokens (RS256 only) against Google's JWKS, which is cached and refreshed when
/// a token names a key it does not know (Google rotates its keys).
/// </summary>
public sealed partial class GoogleTokenValidator
{
    public static readonly string[] Issuers = ["accounts.google.com", "https://accounts.google.com"];
    private static readonly JsonWebTokenHandler Handler = new();
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
    private readonly GoogleSignInOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<GoogleTokenValidator> _logger;
    private readonly ConfigurationManager<JsonWebKeySet>? _keys;

    public GoogleTokenValidator(IOptions<GoogleSignInOptions> options, TimeProvider clock, ILogger<GoogleTokenValidator> logger)
    {
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        if (_options.Enabled)
        {
            var jwks = new Uri(_options.JwksUrl);
            var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            _keys = new ConfigurationManager<JsonWebKeySet>(jwks.AbsoluteUri, new JwksRetriever(),
                new HttpDocumentRetriever(http) { RequireHttps = !jwks.IsLoopback })
            {
                // Bounds how often an unknown key id can make us refetch.
                RefreshInterval = TimeSpan.FromSeconds(30),
            };
        }
    }

    public bool Enabled => _keys is not null;

    public string? ClientId => _options.Enabled ? _options.ClientId : null;

    public async Task<(GoogleTokenOutcome Outcome, GoogleIdentity? Identity)> ValidateAsync(string credential, CancellationToken ct)
    {
        if (_keys is null)
        {
            return (GoogleTokenOutcome.Invalid, null);
        }

        TokenValidationResult result;
        try
        {
            result = await ValidateWithKeysAsync(credential, await _keys.GetConfigurationAsync(ct));
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                _keys.RequestRefresh();
                result = await ValidateWithKeysAsync(credential, await _keys.GetConfigurationAsync(ct));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            LogKeysUnavailable(_logger, e.GetType().Name);
            return (GoogleTokenOutcome.KeysUnavailable, null);
        }

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

    private sealed class JwksRetriever : IConfigurationRetriever<JsonWebKeySet>
    {
        public async Task<JsonWebKeySet> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
        {
            var json = await retriever.GetDocumentAsync(address, cancel);
            try
            {
                return new JsonWebKeySet(json);
            }
            catch (Exception e) when (e is ArgumentException or JsonException)
            {
                throw new InvalidOperationException("The JWKS document is not a key set.", e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Google ID token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Google signing keys could not be fetched: {Reason}")]
    private static partial void LogKeysUnavailable(ILogger logger, string reason);
}
