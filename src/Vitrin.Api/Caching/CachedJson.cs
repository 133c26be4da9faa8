using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Vitrin.Api.Caching;

/// <summary>A 200 answer whose JSON is already written (cached); described in OpenAPI as <typeparamref name="T"/>.</summary>
public sealed class CachedJson<T>(string json) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public string Json { get; } = json;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.WriteAsync(Json, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
