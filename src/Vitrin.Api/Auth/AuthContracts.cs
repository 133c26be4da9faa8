using System.Text.Json.Serialization;
using Vitrin.Api.Users;

namespace Vitrin.Api.Auth;

public enum TokenDelivery
{
    /// <summary>Refresh token in an HttpOnly; Secure; SameSite=Strict cookie (browsers).</summary>
    Cookie,

    /// <summary>Refresh token in the response body (mobile and third-party clients).</summary>
    Body,
}

public sealed record RegisterRequest(string? Username, string? Email, string? Password, string? DisplayName, TokenDelivery? TokenDelivery);

public sealed record LoginRequest(string? Login, string? Password, TokenDelivery? TokenDelivery);

/// <summary>
/// For refresh and logout. Browsers send no body (the cookie carries the token); other clients
/// send the token, and a refreshed token comes back the way the old one came in.
/// </summary>
public sealed record RefreshTokenRequest(string? RefreshToken);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record TokenResponse(
    string AccessToken,
    string TokenType,
    int ExpiresIn,
    MeResponse User,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken);
