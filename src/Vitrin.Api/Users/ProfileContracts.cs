namespace Vitrin.Api.Users;

/// <summary>
/// PATCH /users/me. Absent properties stay as they are; <c>null</c> (or an empty string) clears.
/// <c>emailDigest</c> (true/false) is the private opt-in to the daily notification email; it is not part of the profile.
/// Anything else in the body (username, email, roles…) is refused by the strict JSON options.
/// </summary>
public sealed record UpdateProfileRequest(
    string? DisplayName,
    string? Bio,
    string? Website,
    string? Location,
    string? Company,
    string? JobTitle,
    string? Twitter,
    string? Github,
    string? Linkedin)
{
    /// <summary>Private setting, not part of the profile: the daily email of unread notifications. Optional.</summary>
    public bool? EmailDigest { get; init; }
}
