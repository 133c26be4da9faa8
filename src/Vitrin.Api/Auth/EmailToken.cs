namespace Vitrin.Api.Auth;

public enum EmailTokenPurpose
{
    ConfirmEmail,
    ResetPassword,
}

/// <summary>
/// A single-use token sent by email (confirm address, reset password): 256 random bits, stored as a
/// SHA-256 hash, expiring. <see cref="UsedAt"/> is set by the one request that redeems it.
/// </summary>
public class EmailToken
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public EmailTokenPurpose Purpose { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
