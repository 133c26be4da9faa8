using System.Globalization;
using System.Security.Claims;

namespace Vitrin.Api.Infrastructure;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id; only call behind RequireAuthorization.</summary>
    public static long GetUserId(this ClaimsPrincipal user) =>
        user.FindUserId() ?? throw new InvalidOperationException("No authenticated user.");

    public static long? FindUserId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue("sub"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
