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
