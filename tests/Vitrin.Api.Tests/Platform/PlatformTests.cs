using System.Net;
using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Platform;

public sealed class PlatformTests(VitrinApp app)
{
    [Fact]
    public async Task LivenessAnswersHealthy()
    {
        var body = await (await app.Anonymous().GetAsync("/health/live")).ReadJsonAsync();

        Assert.Equal("healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadinessChecksTheDatabase()
    {
        var body = await (await app.Anonymous().GetAsync("/health/ready")).ReadJsonAsync();

        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApiDocumentDescribesEveryOperation()
    {
        var doc = await (await app.Anonymous().GetAsync("/openapi/v1.json")).ReadJsonAsync();

        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/me", "/api/v1/auth/change-password" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing");
        }

        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            {
                Assert.True(operation.Value.TryGetProperty("operationId", out _), $"{operation.Name} {path.Name} has no operationId");
                Assert.True(operation.Value.TryGetProperty("summary", out _), $"{operation.Name} {path.Name} has no summary");
            }
        }

        Assert.True(doc.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
        Assert.True(paths.GetProperty("/api/v1/auth/me").GetProperty("get").TryGetProperty("security", out _));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/api/v1/auth/me")]
    [InlineData("/api/v1/unknown")]
    public async Task ResponsesCarrySecurityHeaders(string path)
    {
        var response = await app.Anonymous().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorsIsClosedByDefault()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/auth/login");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await app.Anonymous().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var get = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        get.Headers.Add("Origin", "https://evil.example");
        Assert.False((await app.Anonymous().SendAsync(get)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task NotFoundUnderApiIsProblemJsonEvenForDeepPaths()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/a/b/c/../../d?x=%00");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync(404);
    }
}
