using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Vitrin.Api.Infrastructure;

public static class OpenApiSetup
{
    private const string Description = """
        The Vitrin HTTP API. JSON in UTF-8 with camelCase names; timestamps are ISO 8601 UTC.
        Errors are RFC 9457 problem details (`application/problem+json`) with a `traceId`; validation
        failures are 400 with `errors` keyed by field. Unknown JSON properties, integer enum values,
        wrong types and malformed JSON are 400; oversized bodies 413; wrong content types 415;
        rate limits 429 with `Retry-After`. Lists are keyset-paginated with `limit` (1–100) and an
        opaque `cursor`. Authenticate with `Authorization: Bearer <accessToken>`.
        """;

    public static void AddVitrinOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo { Title = "Vitrin API", Version = "v1", Description = Description };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from /api/v1/auth/login, /register or /refresh (lifetime 15 minutes).",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            // PageRequest binds itself from the query string (BindAsync), which OpenAPI cannot see into.
            if (metadata.OfType<System.Reflection.MethodInfo>().Any(m => m.GetParameters().Any(p => p.ParameterType == typeof(PageRequest))))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "limit",
                    In = ParameterLocation.Query,
                    Description = $"Items per page, 1–{PageRequest.MaxLimit} (default {PageRequest.DefaultLimit}).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = PageRequest.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                });
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "cursor",
                    In = ParameterLocation.Query,
                    Description = "The previous page's nextCursor (opaque, signed, bound to the list and its order).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            if (metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [],
                });
            }

            return Task.CompletedTask;
        });
    });
}
