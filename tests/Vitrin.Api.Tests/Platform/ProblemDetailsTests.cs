using System.Net.Http.Json;
using System.Text;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Platform;

public sealed class ProblemDetailsTests(VitrinApp app)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task UnknownApiRouteIsNotFoundProblem()
    {
        await (await app.Anonymous().GetAsync("/api/v1/no-such-thing")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task WrongMethodIsMethodNotAllowedProblem()
    {
        await (await app.Anonymous().DeleteAsync("/api/v1/auth/login")).ReadProblemAsync(405);
    }

    [Fact]
    public async Task WrongContentTypeIsUnsupportedMediaTypeProblem()
    {
        var response = await app.Anonymous().PostAsync("/api/v1/auth/login",
            new StringContent("""{"login":"a","password":"b"}""", Encoding.UTF8, "text/plain"));

        await response.ReadProblemAsync(415);
    }

    [Fact]
    public async Task OversizedBodyIsPayloadTooLargeProblem()
    {
        var huge = $$"""{"login":"{{new string('a', 3 * 1024 * 1024)}}","password":"x"}""";

        await (await app.Anonymous().PostAsync("/api/v1/auth/login", Json(huge))).ReadProblemAsync(413);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("\"a string\"")]
    [InlineData("""{"login":"a","password":"b",}""")]
    [InlineData("""{"login":"a" /* comment */,"password":"b"}""")]
    [InlineData("""{"login":1e400,"password":"b"}""")]
    [InlineData("""{"login":{"nested":true},"password":"b"}""")]
    public async Task MalformedJsonIsBadRequestProblem(string json)
    {
        await (await app.Anonymous().PostAsync("/api/v1/auth/login", Json(json))).ReadProblemAsync(400);
    }

    [Fact]
    public async Task ControlCharactersInTextFieldsAreValidationProblems()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = "bad\u0000name", email = "x@example.com", password = VitrinApp.Password, displayName = "evil\u001b[31m" });

        var problem = await response.ReadProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("displayName", out _));
    }

    [Fact]
    public async Task DeeplyNestedJsonIsBadRequestProblem()
    {
        var json = """{"login":""" + new string('[', 5000) + new string(']', 5000) + "}";

        await (await app.Anonymous().PostAsync("/api/v1/auth/login", Json(json))).ReadProblemAsync(400);
    }
}
