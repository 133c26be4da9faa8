using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Users;

public sealed class UpdateProfileTests(VitrinApp app)
{
    private static readonly string[] UrlFields = ["website", "twitter", "github", "linkedin"];

    private static Task<HttpResponseMessage> PatchAsync(TestUser user, string json) =>
        user.Client.PatchAsync("/api/v1/users/me", new StringContent(json, Encoding.UTF8, "application/json"));

    private static Task<HttpResponseMessage> PatchAsync(TestUser user, object body) =>
        user.Client.PatchAsJsonAsync("/api/v1/users/me", body);

    [Fact]
    public async Task UpdatingSetsTheSentFieldsAndAnswersTheProfile()
    {
        var user = await app.RegisterAsync("edit");

        var profile = await (await PatchAsync(user, new
        {
            displayName = "Ada Lovelace",
            bio = "Writes programs\nfor engines.",
            website = "https://ada.example.com/",
            location = "London",
            company = "Analytical Engines",
            jobTitle = "Programmer",
            twitter = "https://twitter.com/ada",
            github = "http://github.com/ada",
            linkedin = "https://www.linkedin.com/in/ada",
        })).ReadJsonAsync();

        Assert.Equal(user.Username, profile.Username());
        Assert.Equal("Ada Lovelace", profile.GetProperty("displayName").GetString());
        Assert.Equal("Writes programs\nfor engines.", profile.GetProperty("bio").GetString());
        Assert.Equal("http://github.com/ada", profile.GetProperty("github").GetString());
        Assert.False(profile.TryGetProperty("email", out _));
        var reread = await app.ProfileAsync(user.Username);
        Assert.Equal("Programmer", reread.GetProperty("jobTitle").GetString());
        Assert.Equal("https://www.linkedin.com/in/ada", reread.GetProperty("linkedin").GetString());
    }

    [Fact]
    public async Task AbsentFieldsStayAndNullOrEmptyClears()
    {
        var user = await app.RegisterAsync("partial");
        await (await PatchAsync(user, new { bio = "Hello", location = "Paris", company = "Acme" })).ReadJsonAsync();

        await (await PatchAsync(user, """{"location":"Berlin","company":null,"bio":""}""")).ReadJsonAsync();

        var profile = await app.ProfileAsync(user.Username);
        Assert.Equal("Berlin", profile.GetProperty("location").GetString());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("company").ValueKind);
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("bio").ValueKind);
        await (await PatchAsync(user, "{}")).ReadJsonAsync();
        Assert.Equal("Berlin", (await app.ProfileAsync(user.Username)).GetProperty("location").GetString());
    }

    [Fact]
    public async Task AnonymousCannotUpdateAProfile()
    {
        var response = await app.Anonymous().PatchAsJsonAsync("/api/v1/users/me", new { bio = "sneaky" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UpdatingChangesOnlyTheCallersProfile()
    {
        var alice = await app.RegisterAsync("alice");
        var bob = await app.RegisterAsync("bob");
        await (await PatchAsync(bob, new { bio = "Bob's bio" })).ReadJsonAsync();

        var answer = await (await PatchAsync(alice, new { bio = "Alice's bio" })).ReadJsonAsync();

        Assert.Equal(alice.Id, answer.GetProperty("id").GetInt64());
        Assert.Equal("Bob's bio", (await app.ProfileAsync(bob.Username)).GetProperty("bio").GetString());
        Assert.Equal("Alice's bio", (await app.ProfileAsync(alice.Username)).GetProperty("bio").GetString());
    }

    public static TheoryData<string, string> BadUrls()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in UrlFields)
        {
            data.Add(field, "javascript:alert(1)");
            data.Add(field, "ftp://x");
            data.Add(field, "https://example.com/" + new string('a', 2049 - "https://example.com/".Length));
            data.Add(field, "not a url");
            data.Add(field, "data:text/html,<script>alert(1)</script>");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadUrls))]
    public async Task UrlFieldsRefuseAnythingButShortHttpUrls(string field, string value)
    {
        var user = await app.RegisterAsync("url");

        var response = await PatchAsync(user, new Dictionary<string, string> { [field] = value });

        await response.AssertValidationErrorAsync(field);
        Assert.Equal(JsonValueKind.Null, (await app.ProfileAsync(user.Username)).GetProperty(field).ValueKind);
    }

    [Fact]
    public async Task UrlOfExactly2048CharactersIsAccepted()
    {
        var user = await app.RegisterAsync("longurl");
        var url = "https://example.com/" + new string('a', 2048 - "https://example.com/".Length);

        var profile = await (await PatchAsync(user, UrlFields.ToDictionary(f => f, _ => url))).ReadJsonAsync();

        Assert.All(UrlFields, f => Assert.Equal(url, profile.GetProperty(f).GetString()));
    }

    [Theory]
    [InlineData("displayName", 60)]
    [InlineData("bio", 500)]
    [InlineData("location", 100)]
    [InlineData("company", 100)]
    [InlineData("jobTitle", 100)]
    public async Task TextFieldsHaveLengthLimits(string field, int max)
    {
        var user = await app.RegisterAsync("length");

        var ok = await PatchAsync(user, new Dictionary<string, string> { [field] = new('x', max) });
        var tooLong = await PatchAsync(user, new Dictionary<string, string> { [field] = new('y', max + 1) });

        Assert.Equal(new string('x', max), (await ok.ReadJsonAsync()).GetProperty(field).GetString());
        await tooLong.AssertValidationErrorAsync(field);
        Assert.Equal(new string('x', max), (await app.ProfileAsync(user.Username)).GetProperty(field).GetString());
    }

    [Theory]
    [InlineData("""{"username":"hijacked"}""", "username")]
    [InlineData("""{"email":"evil@example.com"}""", "email")]
    [InlineData("""{"roles":["admin"]}""", "roles")]
    [InlineData("""{"id":1}""", "id")]
    [InlineData("""{"bio":"ok","emailConfirmed":true}""", "emailConfirmed")]
    [InlineData("""{"createdAt":"2020-01-01T00:00:00Z"}""", "createdAt")]
    [InlineData("""{"avatarUrl":"https://evil.example.com/a.png"}""", "avatarUrl")]
    [InlineData("""{"stats":{"followers":1000}}""", "stats")]
    public async Task OtherPropertiesAreRefusedNotApplied(string json, string field)
    {
        var user = await app.RegisterAsync("mass");

        var response = await PatchAsync(user, json);

        await response.AssertValidationErrorAsync(field);
        var profile = await app.ProfileAsync(user.Username);
        Assert.Equal(user.Id, profile.GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("bio").ValueKind);
        var me = await (await user.Client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();
        Assert.Equal($"{user.Username}@example.com", me.GetProperty("email").GetString());
        Assert.Equal("user", Assert.Single(me.GetProperty("roles").EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("""{"bio":5}""")]
    [InlineData("""{"displayName":["a"]}""")]
    [InlineData("""{"bio":"unterminated""")]
    [InlineData("null")]
    [InlineData("[]")]
    public async Task MalformedBodiesAreBadRequests(string json)
    {
        var user = await app.RegisterAsync("malformed");

        await (await PatchAsync(user, json)).ReadProblemAsync(400);
    }

    [Theory]
    [InlineData("displayName", "two\nlines")]
    [InlineData("location", "tab\there")]
    [InlineData("company", "bell\u0007")]
    [InlineData("bio", "nul\u0000")]
    public async Task LineBreaksInOneLineFieldsAndControlCharactersAreRefused(string field, string value)
    {
        var user = await app.RegisterAsync("control");

        await (await PatchAsync(user, new Dictionary<string, string> { [field] = value })).AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task WrongContentTypeIsUnsupported()
    {
        var user = await app.RegisterAsync("ctype");

        var response = await user.Client.PatchAsync("/api/v1/users/me", new StringContent("""{"bio":"x"}""", Encoding.UTF8, "text/plain"));

        await response.ReadProblemAsync(415);
    }
}
