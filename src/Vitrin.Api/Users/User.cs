using Microsoft.AspNetCore.Identity;

namespace Vitrin.Api.Users;

/// <summary>An account. Identity supplies user name, email, password hash and security stamp.</summary>
public class User : IdentityUser<long>
{
    public string? DisplayName { get; set; }
    public string? Bio { get; set; }
    public string? AvatarPath { get; set; }
    public string? Website { get; set; }
    public string? Location { get; set; }
    public string? Company { get; set; }
    public string? JobTitle { get; set; }
    public string? Twitter { get; set; }
    public string? Github { get; set; }
    public string? Linkedin { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? BannedAt { get; set; }

    /// <summary>Access tokens issued before this instant are rejected (ban, account deletion).</summary>
    public DateTime? TokensValidAfter { get; set; }

    /// <summary>Opted in to the daily email digest of unread notifications.</summary>
    public bool EmailDigest { get; set; }

    /// <summary>When the last digest was sent; the next one covers what came after.</summary>
    public DateTime? DigestSentAt { get; set; }

    /// <summary>Set when the account is erased; the row stays so content can be anonymized.</summary>
    public DateTime? DeletedAt { get; set; }
}

public static class Roles
{
    public const string User = "user";
    public const string Moderator = "moderator";
    public const string Admin = "admin";

    /// <summary>Roles stored in the database; "user" is implicit for every account.</summary>
    public static readonly string[] Assignable = [Moderator, Admin];
}
