namespace Vitrin.Api.Auth;

/// <summary>
/// An opaque refresh token, stored as a SHA-256 hash. Tokens of one sign-in form a family;
/// each is single use, and presenting a used one revokes the family.
/// </summary>
public class RefreshToken
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public Guid FamilyId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Idle lifetime: unused for this long, the token dies.</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>Absolute lifetime of the whole family.</summary>
    public DateTime FamilyExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
