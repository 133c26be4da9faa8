using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Data;
using Vitrin.Api.Email;
using Vitrin.Api.Users;

namespace Vitrin.Api.Auth;

/// <summary>
/// Jobs that email account links. The token is made inside the job, so it exists only in the database
/// (hashed) and in the message. A retried job issues a fresh token; the earlier one simply expires.
/// </summary>
public sealed partial class AccountEmails(
    VitrinDbContext db, EmailTokens tokens, EmailSender email, UserManager<User> users, TimeProvider clock,
    IOptions<EmailOptions> options, ILogger<AccountEmails> logger)
{
    /// <summary>Password-reset emails per account per hour; further requests are dropped silently.</summary>
    public const int ResetsPerAccountPerHour = 3;

    public static void EnqueueConfirmation(IServiceProvider services, long userId) =>
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<AccountEmails>(j => j.SendConfirmationAsync(userId, CancellationToken.None));

    public async Task SendConfirmationAsync(long userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId && u.DeletedAt == null, ct);
        if (user is null || user.EmailConfirmed || user.Email is null)
        {
            return;
        }

        var token = await tokens.IssueAsync(user.Id, EmailTokenPurpose.ConfirmEmail, ct);
        await email.SendAsync(EmailTemplates.Build(user.Email, "Confirm your email address",
            [$"Hi {user.DisplayName ?? user.UserName}, please confirm that this address belongs to your Vitrin account.",
             "The link works once and expires in 48 hours. If you did not sign up, ignore this email."],
            ("Confirm my email", Link("confirm-email", token))), ct);
    }

    /// <summary>Looks the address up here, not in the request, so the answer's timing says nothing about it.</summary>
    public async Task SendPasswordResetAsync(string address, CancellationToken ct)
    {
        var normalized = users.NormalizeEmail(address);
        var user = await db.Users.AsNoTracking()
            .FirstOrDefaultAsync(u => u.NormalizedEmail == normalized && u.DeletedAt == null && u.BannedAt == null, ct);
        if (user is null)
        {
            return;
        }

        var hourAgo = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        if (await tokens.CountIssuedSinceAsync(user.Id, EmailTokenPurpose.ResetPassword, hourAgo, ct) >= ResetsPerAccountPerHour)
        {
            LogResetThrottled(logger, user.Id);
            return;
        }

        var token = await tokens.IssueAsync(user.Id, EmailTokenPurpose.ResetPassword, ct);
        await email.SendAsync(EmailTemplates.Build(user.Email!, "Reset your Vitrin password",
            [$"Someone (hopefully you) asked to reset the password of the Vitrin account {user.UserName}.",
             "The link works once and expires in 1 hour. Resetting signs you out everywhere. If you did not ask, ignore this email."],
            ("Choose a new password", Link("reset-password", token))), ct);
    }

    private string Link(string page, string token) => $"{options.Value.Origin()}/{page}?token={token}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password reset email for user {UserId} skipped: too many requests this hour")]
    private static partial void LogResetThrottled(ILogger logger, long userId);
}
