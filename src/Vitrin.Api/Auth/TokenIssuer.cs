using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Vitrin.Api.Data;
using Vitrin.Api.Users;

namespace Vitrin.Api.Auth;

public enum RefreshOutcome
{
    Rotated,
    Invalid,
    Reused,
}

public sealed record IssuedTokens(string AccessToken, int ExpiresIn, string RefreshToken, DateTime RefreshExpiresAt, Guid FamilyId);

/// <summary>Short-lived JWT access tokens and single-use, rotating refresh tokens (RFC 9700 §4.14.2).</summary>
public sealed partial class TokenIssuer(
    VitrinDbContext db, SigningKey key, IOptions<AuthOptions> options, TimeProvider clock, ILogger<TokenIssuer> logger)
{
    public const string Algorithm = SecurityAlgorithms.HmacSha256;
    private static readonly JsonWebTokenHandler Handler = new();
    private readonly AuthOptions _options = options.Value;

    /// <summary>Issues an access token and a refresh token (a new family unless one is given). Caller saves.</summary>
    public IssuedTokens Issue(User user, IEnumerable<string> roles, RefreshToken? previous = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(_options.AccessTokenMinutes);
        var claims = new Dictionary<string, object>
        {
            ["sub"] = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = user.UserName!,
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        var roleList = roles.ToArray();
        if (roleList.Length > 0)
        {
            claims["role"] = roleList;
        }

        var accessToken = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.Key, Algorithm),
        });

        var refresh = RandomNumberGenerator.GetHexString(64, lowercase: true);
        var row = new RefreshToken
        {
            UserId = user.Id,
            FamilyId = previous?.FamilyId ?? Guid.NewGuid(),
            TokenHash = Hash(refresh),
            CreatedAt = now,
            FamilyExpiresAt = previous?.FamilyExpiresAt ?? now.AddDays(_options.RefreshTokenAbsoluteDays),
        };
        row.ExpiresAt = Min(now.AddDays(_options.RefreshTokenIdleDays), row.FamilyExpiresAt);
        db.RefreshTokens.Add(row);
        return new IssuedTokens(accessToken, (int)lifetime.TotalSeconds, refresh, row.ExpiresAt, row.FamilyId);
    }

    /// <summary>
    /// Claims the presented refresh token atomically: exactly one of several concurrent callers
    /// wins. Presenting a token that was already used revokes its whole family.
    /// Runs inside the caller's transaction.
    /// </summary>
    public async Task<(RefreshOutcome Outcome, RefreshToken? Token)> ClaimAsync(string presented, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(presented);
        var claimed = await db.RefreshTokens
            .Where(t => t.TokenHash == hash && t.UsedAt == null && t.RevokedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        var token = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (claimed == 1)
        {
            return (RefreshOutcome.Rotated, token);
        }

        if (token is { UsedAt: not null })
        {
            LogReuse(logger, token.UserId, token.FamilyId);
            await RevokeFamilyAsync(token.FamilyId, ct);
            return (RefreshOutcome.Reused, token);
        }

        return (RefreshOutcome.Invalid, null);
    }

    public async Task<Guid?> FindFamilyAsync(string presented, CancellationToken ct)
    {
        var hash = Hash(presented);
        return await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.FamilyId).FirstOrDefaultAsync(ct);
    }

    public Task<int> RevokeFamilyAsync(Guid familyId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
    }

    /// <summary>Revokes every refresh token of the user except those of <paramref name="keepFamily"/>.</summary>
    public Task<int> RevokeUserAsync(long userId, Guid? keepFamily, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null && t.FamilyId != keepFamily)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh token reuse detected for user {UserId}; family {FamilyId} revoked")]
    private static partial void LogReuse(ILogger logger, long userId, Guid familyId);
}
