using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Vitrin.Api.Infrastructure;

public static class Problems
{
    /// <summary>429 with Retry-After in whole seconds.</summary>
    public static ProblemHttpResult TooManyRequests(HttpContext http, TimeSpan wait, string title = "Too many attempts. Try again later.")
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(title: title, statusCode: StatusCodes.Status429TooManyRequests);
    }
}
