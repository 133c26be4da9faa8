using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Vitrin.Api.Caching;

/// <summary>A 200 answer whose JSON is already written (cached); described in OpenAPI as <typeparamref name="T"/>.</summary>
public sealed class CachedJson<T>(string json) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public string Json { get; } = json;

    /// <summary>
    /// Taken from the shared public cache (not made for this reader alone): the answer carries
    /// <c>X-Accel-Expires: 1</c>, so nginx in front may answer the same URL from its own copy for a
    /// second (deploy/nginx/nginx.conf; nginx does not pass the header on).
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>The same answer described as another type (for an endpoint that checked it first).</summary>
    public CachedJson<TOther> As<TOther>() => new(Json) { Shared = Shared };

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        if (Shared)
        {
            httpContext.Response.Headers["X-Accel-Expires"] = "1";
        }

        return httpContext.Response.WriteAsync(Json, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
