using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Email;

/// <summary>A message with a plain-text and an HTML body (multipart/alternative).</summary>
public sealed record EmailMessage(string To, string Subject, string Text, string Html);

/// <summary>
/// Sends through SMTP (MailKit) when <c>Email:Smtp:Host</c> is set; otherwise writes the message as
/// an .eml file to the pickup folder and logs it (the embedded default). Called from jobs, so a
/// failure throws and the job is retried.
/// </summary>
public sealed partial class EmailSender(IOptions<EmailOptions> options, DataDirectory data, ILogger<EmailSender> logger)
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        var mime = ToMime(message, settings.From);
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            var folder = data.Folder(settings.PickupDirectory);
            var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
            var path = Path.Combine(folder, name);
            // Written aside, then renamed: whoever watches the folder never sees half a message.
            var partial = Path.Combine(folder, $".{name}.partial");
            await mime.WriteToAsync(partial, ct);
            File.Move(partial, path);
            LogPickedUp(logger, message.Subject, path);
            return;
        }

        using var smtp = new SmtpClient { Timeout = settings.Smtp.TimeoutSeconds * 1000 };
        await smtp.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, Enum.Parse<SecureSocketOptions>(settings.Smtp.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(settings.Smtp.Username))
        {
            await smtp.AuthenticateAsync(settings.Smtp.Username, settings.Smtp.Password ?? "", ct);
        }

        await smtp.SendAsync(mime, ct);
        await smtp.DisconnectAsync(quit: true, ct);
        LogSent(logger, message.Subject, mime.MessageId);
    }

    private static MimeMessage ToMime(EmailMessage message, string from)
    {
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();
        return mime;
    }

    // The recipient's address is personal data: logged neither here nor in the pickup case.
    [LoggerMessage(Level = LogLevel.Information, Message = "Email \"{Subject}\" written to {Path} (no SMTP host configured)")]
    private static partial void LogPickedUp(ILogger logger, string subject, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email \"{Subject}\" sent as {MessageId}")]
    private static partial void LogSent(ILogger logger, string subject, string? messageId);
}
