namespace Vitrin.Api.Email;

/// <summary>Settings under <c>Email</c>. Without <c>Smtp:Host</c>, messages go to the pickup folder.</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "Vitrin <no-reply@vitrin.local>";

    /// <summary>The web app's public address, used in links (never taken from the request's Host header).</summary>
    public string AppUrl { get; set; } = "http://localhost:8080";

    /// <summary><see cref="AppUrl"/> without a trailing slash: what absolute links start with (emails, sitemap, link previews).</summary>
    public string Origin() => AppUrl.TrimEnd('/');

    /// <summary>Pickup folder for the embedded default; relative paths are under the data folder.</summary>
    public string PickupDirectory { get; set; } = "mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Forgot-password and resend-confirmation requests per client IP per window.</summary>
    public int LinkRequestsPerIp { get; set; } = 5;
    public int LinkRequestWindowSeconds { get; set; } = 900;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c>, <c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c> (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
    public string? Username { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
}
