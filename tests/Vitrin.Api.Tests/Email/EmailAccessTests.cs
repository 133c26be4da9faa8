using System.Net;
using System.Net.Http.Json;
using System.Text;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Email;

/// <summary>Who may call the email routes, what malformed input gets, rate limits, and the pickup folder.</summary>
public sealed class EmailAccessTests(VitrinApp app)
{
    public static TheoryData<string> AnonymousRoutes => ["/api/v1/auth/forgot-password", "/api/v1/auth/reset-password", "/api/v1/auth/confirm-email"];

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "/api/v1/auth/forgot-password", "{" },
        { "/api/v1/auth/forgot-password", """{"email": 42}""" },
        { "/api/v1/auth/forgot-password", """{"email": null}""" },
        { "/api/v1/auth/forgot-password", """{"email": "not an address"}""" },
        { "/api/v1/auth/forgot-password", """{"email": "a@b.co", "role": "admin"}""" },
        { "/api/v1/auth/reset-password", """{"token": null, "newPassword": "a brand new passphrase 42"}""" },
        { "/api/v1/auth/reset-password", """{"token": ["x"], "newPassword": "a brand new passphrase 42"}""" },
        { "/api/v1/auth/reset-password", """{"token": "abc\u0000def", "newPassword": "a brand new passphrase 42"}""" },
        { "/api/v1/auth/reset-password", """{"token": "../../etc/passwd", "newPassword": "a brand new passphrase 42"}""" },
        { "/api/v1/auth/reset-password", """{"token": "unknown-token", "newPassword": "a brand new passphrase 42"}""" },
        { "/api/v1/auth/reset-password", """{"token": "unknown-token", "newPassword": 123456789012345678901234567890}""" },
        { "/api/v1/auth/confirm-email", """{"token": "unknown-token"}""" },
        { "/api/v1/auth/confirm-email", """{"token": 1e309}""" },
        { "/api/v1/auth/confirm-email", "[]" },
        { "/api/v1/auth/confirm-email", "" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task MalformedInputIsAProblemNeverAServerError(string route, string body)
    {
        var response = await app.Anonymous().PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(400);
    }

    [Theory]
    [MemberData(nameof(AnonymousRoutes))]
    public async Task HugeStringsAreRefused(string route)
    {
        var huge = new string('a', 1_000_000);
        var response = await app.Anonymous().PostAsJsonAsync(route, new { email = huge, token = huge, newPassword = huge });

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"Got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task ResendingConfirmationNeedsASignedInUser()
    {
        var user = await app.RegisterAsync("resender");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync("/api/v1/auth/confirm-email/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await user.Client.PostAsync("/api/v1/auth/confirm-email/resend", null)).StatusCode);
    }

    [Fact]
    public async Task ForgotPasswordIsLimitedPerIp()
    {
        await using var limited = new VitrinApp().WithSettings(("Email:LinkRequestsPerIp", "2"));
        await limited.InitializeAsync();
        var client = limited.Anonymous();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = $"x{i}@example.com" })).StatusCode);
        }

        var refused = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "x@example.com" });
        await refused.ReadProblemAsync(429);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task WithoutAnSmtpHostEmailGoesToThePickupFolder()
    {
        // The shared app has no SMTP host: the embedded default.
        var user = await app.RegisterAsync("pickup");
        var folder = Path.Combine(app.Database.DataDirectory, "mail");

        var file = await Eventually.WaitAsync(
            () => Task.FromResult(Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").FirstOrDefault(f => File.ReadAllText(f).Contains($"{user.Username}@example.com", StringComparison.Ordinal))
                : null),
            f => f is not null);

        var message = await MimeKit.MimeMessage.LoadAsync(file!, TestContext.Current.CancellationToken);
        Assert.Equal("Confirm your email address", message.Subject);
        Assert.NotNull(message.TextBody);
        Assert.NotNull(message.HtmlBody);
    }
}
