namespace Vitrin.Api.Auth;

/// <summary>Settings under <c>Auth</c>. Defaults follow OWASP ASVS 5.0 and RFC 9700.</summary>
public sealed class AuthOptions
{
    public string Issuer { get; set; } = "vitrin";
    public string Audience { get; set; } = "vitrin-api";

    /// <summary>Base64 HMAC-SHA256 key of at least 256 bits; generated into the data folder when absent.</summary>
    public string? SigningKey { get; set; }
    public int AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenIdleDays { get; set; } = 14;
    public int RefreshTokenAbsoluteDays { get; set; } = 60;

    /// <summary>PBKDF2-HMAC-SHA512 iterations (OWASP: ≥ 210 000).</summary>
    public int PasswordHashIterations { get; set; } = 210_000;

    /// <summary>Login and register attempts per client IP per window.</summary>
    public int PerIpPermits { get; set; } = 20;
    public int PerIpWindowSeconds { get; set; } = 60;

    /// <summary>Login attempts per account name per window (backoff for a targeted account).</summary>
    public int PerAccountPermits { get; set; } = 10;
    public int PerAccountWindowSeconds { get; set; } = 900;

    /// <summary>When true (default) the refresh cookie is marked Secure; browsers accept that on localhost too.</summary>
    public bool SecureCookie { get; set; } = true;
}
