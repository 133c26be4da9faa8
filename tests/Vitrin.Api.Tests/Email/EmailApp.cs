using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Email;

/// <summary>An app that sends its email over SMTP to a sink on loopback; shared by a test class.</summary>
public sealed class EmailApp : IAsyncLifetime
{
    public const string AppUrl = "https://vitrin.test";

    public SmtpSink Sink { get; } = new();

    public VitrinApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new VitrinApp().WithSettings(
            ("Email:Smtp:Host", "127.0.0.1"),
            ("Email:Smtp:Port", Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Email:Smtp:Security", "None"),
            ("Email:From", "Vitrin <no-reply@vitrin.test>"),
            ("Email:AppUrl", AppUrl));
        await App.InitializeAsync();
    }

    public static string Address(TestUser user) => $"{user.Username}@example.com";

    /// <summary>The token from the link in a message's plain-text body, checking the link's shape.</summary>
    public static string TokenFromLink(MimeKit.MimeMessage message, string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", $@"{AppUrl}/{page}\?token=([A-Za-z0-9_-]+)");
        Assert.True(match.Success, $"No {page} link in: {message.TextBody}");
        Assert.Contains(match.Value, message.HtmlBody, StringComparison.Ordinal);
        return match.Groups[1].Value;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
