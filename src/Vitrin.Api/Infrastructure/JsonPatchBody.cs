using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Vitrin.Api.Infrastructure;

/// <summary>
/// A PATCH body: <typeparamref name="T"/> parsed with the API's strict JSON rules, plus which
/// properties were present, so "absent" (leave unchanged) differs from <c>null</c> (clear).
/// </summary>
public sealed class JsonPatchBody<T> : IEndpointParameterMetadataProvider
    where T : class
{
    private readonly HashSet<string> _present;

    private JsonPatchBody(T value, HashSet<string> present)
    {
        Value = value;
        _present = present;
    }

    public T Value { get; }

    /// <summary>Whether the client sent this (camelCase) property, even as null.</summary>
    public bool Has(string property) => _present.Contains(property);

    public static async ValueTask<JsonPatchBody<T>?> BindAsync(HttpContext http)
    {
        if (!http.Request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Expected a JSON body.", StatusCodes.Status415UnsupportedMediaType);
        }

        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        JsonElement element;
        T? value;
        try
        {
            element = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, options, http.RequestAborted);
            value = element.ValueKind == JsonValueKind.Object ? element.Deserialize<T>(options) : null;
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("Invalid JSON body.", StatusCodes.Status400BadRequest, e);
        }

        if (value is null)
        {
            throw new BadHttpRequestException("Invalid JSON body.", StatusCodes.Status400BadRequest, new JsonException("Expected a JSON object.", "$", null, null));
        }

        return new JsonPatchBody<T>(value, element.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    // Lets the OpenAPI document show T as the request body.
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        builder.Metadata.Add(new AcceptsMetadata(["application/json"], typeof(T)));
}
