using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;

namespace Vitrin.Api.Auth;

/// <summary>Issues and redeems <see cref="EmailToken"/>s (ASVS 6.4.3: ≥ 128 random bits, single use, expiring).</summary>
public sealed class EmailTokens(VitrinDbContext db, TimeProvider clock)
{
    public static TimeSpan Lifetime(EmailTokenPurpose purpose) => purpose switch
    {
        EmailTokenPurpose.ResetPassword => TimeSpan.FromHours(1),
        _ => TimeSpan.FromDays(2),
    };

    /// <summary>Saves a new token's hash and returns the token itself, which only the email carries.</summary>
    public async Task<string> IssueAsync(long userId, EmailTokenPurpose purpose, CancellationToken ct)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.EmailTokens.Add(new EmailToken
        {
            UserId = userId,
            Purpose = purpose,
            TokenHash = TokenIssuer.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime(purpose),
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>
    /// Marks the token used and returns its user, or null when it is unknown, expired or used. One
    /// conditional UPDATE, so of two concurrent redemptions exactly one succeeds.
    /// </summary>
    public async Task<long?> RedeemAsync(string token, EmailTokenPurpose purpose, CancellationToken ct)
    {
        var hash = TokenIssuer.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var redeemed = await db.EmailTokens
            .Where(t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        if (redeemed == 0)
        {
            return null;
        }

        var userId = await db.EmailTokens.Where(t => t.TokenHash == hash).Select(t => t.UserId).FirstAsync(ct);
        // A redeemed link retires the user's other links of the same kind.
        await db.EmailTokens.Where(t => t.UserId == userId && t.Purpose == purpose && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        return userId;
    }

    /// <summary>Tokens of this kind issued to the user since <paramref name="since"/> (per-account request limit).</summary>
    public Task<int> CountIssuedSinceAsync(long userId, EmailTokenPurpose purpose, DateTime since, CancellationToken ct) =>
        db.EmailTokens.CountAsync(t => t.UserId == userId && t.Purpose == purpose && t.CreatedAt >= since, ct);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
