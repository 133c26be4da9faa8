using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Platform;

/// <summary>
/// Every JSON endpoint the API maps, now and in later features, gets the same hostile bodies,
/// signed in and anonymous: the answer is always a 4xx problem, never a 500.
/// </summary>
public sealed class EndpointSweepTests(VitrinApp app)
{
    public static TheoryData<string> Bodies() =>
    [
        "{",
        "null",
        "[]",
        "12345678901234567890123456789012345678901234567890",
        """{"unknownProperty":1}""",
        """{"id":-1,"title":null,"body":[],"status":"no_such_status","limit":99999999999999999999}""",
        "{\"name\":\"\\u0000\\u0001\\u001f\"}",
        """{"title":"' OR 1=1; SELECT pg_sleep(5); --"}""",
    ];

    private IEnumerable<(string Method, string Path)> WriteEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH")
                .Select(m => (m, Concrete(e.RoutePattern.RawText!))));

    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{[^}]+}", "1");

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task HostileBodiesNeverCauseServerErrors(string body)
    {
        var user = await app.RegisterAsync("sweep");
        var endpoints = WriteEndpoints().ToList();
        Assert.NotEmpty(endpoints);

        foreach (var client in new[] { app.Anonymous(), user.Client })
        {
            foreach (var (method, path) in endpoints)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path)
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                Assert.True(status is >= 200 and < 500, $"{method} {path} with {body} answered {status}");
                if (status >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }
    }
}
