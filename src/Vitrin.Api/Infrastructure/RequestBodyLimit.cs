using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Vitrin.Api.Infrastructure;

/// <summary>
/// Enforces the body limit per endpoint (<see cref="IRequestSizeLimitMetadata"/>, else the
/// default) before anything reads the body: a declared Content-Length above it is 413 at once,
/// and the server feature stops chunked bodies at the same limit.
/// </summary>
public static class RequestBodyLimit
{
    public const long Default = 2 * 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? Default;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (http.Request.ContentLength > limit)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = 413, Title = "The request body is too large.", Detail = $"The limit for this endpoint is {limit} bytes." },
            });
            return;
        }

        await next(http);
    });
}
