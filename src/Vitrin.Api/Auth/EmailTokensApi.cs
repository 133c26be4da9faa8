using System.Threading.RateLimiting;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Data;
using Vitrin.Api.Email;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Auth;

public sealed record ForgotPasswordRequest(string? Email);

public sealed record ResetPasswordRequest(string? Token, string? NewPassword);

public sealed record ConfirmEmailRequest(string? Token);

/// <summary>Forgot/reset password and email confirmation: the flows that go through an emailed link.</summary>
public static partial class EmailTokensApi
{
    /// <summary>Requests that send email, per client IP (Email:LinkRequestsPerIp per Email:LinkRequestWindowSeconds).</summary>
    public const string LinkRequestPolicy = "auth-email-links";

    public static void AddEmailTokens(this IServiceCollection services)
    {
        services.AddScoped<EmailTokens>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(LinkRequestPolicy, http =>
        {
            var email = http.RequestServices.GetRequiredService<IOptions<EmailOptions>>().Value;
            return http.RequestServices.GetRequiredService<SharedRateLimits>().FixedWindow(
                LinkRequestPolicy, http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                new FixedWindowRateLimiterOptions
                {
                    PermitLimit = email.LinkRequestsPerIp,
                    Window = TimeSpan.FromSeconds(email.LinkRequestWindowSeconds),
                    QueueLimit = 0,
                });
        }));
    }

    public static RouteGroupBuilder MapEmailTokensApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth");
        group.MapPost("/forgot-password", ForgotPassword).WithName("ForgotPassword").RequireRateLimiting(LinkRequestPolicy)
            .ProducesValidationProblem()
            .WithSummary("Email a password-reset link")
            .WithDescription("Always 202 for a well-formed address, whether or not an account has it; the lookup and the email "
                + "happen in a background job, so the answer's timing is the same too. The link (valid 1 hour, single use) opens "
                + "/reset-password?token=… in the web app. Limited per IP (429 with Retry-After) and to 3 emails per account per hour.");
        group.MapPost("/reset-password", ResetPassword).WithName("ResetPassword").RequireRateLimiting(AuthSetup.PerIpPolicy)
            .ProducesValidationProblem()
            .WithSummary("Set a new password with a reset token")
            .WithDescription("204 on success: every refresh token and access token of the account stops working, and the email "
                + "counts as confirmed. An unknown, expired or used token is 400 (errors.token); a weak password is 400 "
                + "(errors.newPassword) and leaves the token usable.");
        group.MapPost("/confirm-email", ConfirmEmail).WithName("ConfirmEmail").RequireRateLimiting(AuthSetup.PerIpPolicy)
            .ProducesValidationProblem()
            .WithSummary("Confirm the account's email address with the emailed token")
            .WithDescription("204 on success. An unknown, expired or used token is 400 (errors.token). Tokens are valid 48 hours.");
        group.MapPost("/confirm-email/resend", ResendConfirmation).WithName("ResendConfirmationEmail").RequireAuthorization()
            .RequireRateLimiting(LinkRequestPolicy)
            .WithSummary("Email a new confirmation link to the signed-in user")
            .WithDescription("202; nothing is sent when the address is already confirmed.");
        return group;
    }

    private static Results<Accepted, ValidationProblem> ForgotPassword(
        ForgotPasswordRequest request, IBackgroundJobClient jobs, HttpContext http, ILogger<EmailTokens> logger)
    {
        var errors = new FieldErrors();
        errors.Email("email", request.Email?.Trim());
        if (errors.Any)
        {
            return errors.Problem();
        }

        var address = request.Email!.Trim();
        jobs.Enqueue<AccountEmails>(j => j.SendPasswordResetAsync(address, CancellationToken.None));
        LogResetRequested(logger, http.Connection.RemoteIpAddress?.ToString());
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, ValidationProblem>> ResetPassword(
        ResetPasswordRequest request, EmailTokens emailTokens, UserManager<User> users, VitrinDbContext db, TokenIssuer tokens,
        TimeProvider clock, HttpContext http, ILogger<EmailTokens> logger, CancellationToken ct)
    {
        var errors = new FieldErrors();
        ValidateToken(errors, request.Token);
        errors.Text("newPassword", request.NewPassword, PasswordRules.MinLength, PasswordRules.MaxLength);
        if (errors.Any)
        {
            return errors.Problem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var userId = await emailTokens.RedeemAsync(request.Token!, EmailTokenPurpose.ResetPassword, ct);
        var user = userId is null ? null : await users.FindByIdAsync(userId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null || user.DeletedAt is not null)
        {
            return InvalidToken(errors);
        }

        if (PasswordRules.Check(request.NewPassword!, user.UserName, user.Email) is { } weak)
        {
            // Rolled back with the transaction: the token stays usable for a better password.
            return errors.Add("newPassword", weak).Problem();
        }

        var result = user.PasswordHash is null ? IdentityResult.Success : await users.RemovePasswordAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddPasswordAsync(user, request.NewPassword!);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                errors.Add("newPassword", error.Description);
            }

            return errors.Problem();
        }

        // The reset proves control of the address; and whoever held the old password is signed out everywhere.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true).SetProperty(u => u.TokensValidAfter, now), ct);
        await tokens.RevokeUserAsync(user.Id, null, ct);
        await transaction.CommitAsync(ct);
        LogPasswordReset(logger, user.Id, http.Connection.RemoteIpAddress?.ToString());
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem>> ConfirmEmail(
        ConfirmEmailRequest request, EmailTokens emailTokens, VitrinDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        ValidateToken(errors, request.Token);
        if (errors.Any)
        {
            return errors.Problem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var userId = await emailTokens.RedeemAsync(request.Token!, EmailTokenPurpose.ConfirmEmail, ct);
        if (userId is null || await db.Users.Where(u => u.Id == userId && u.DeletedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true), ct) == 0)
        {
            return InvalidToken(errors);
        }

        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    private static Accepted ResendConfirmation(HttpContext http)
    {
        AccountEmails.EnqueueConfirmation(http.RequestServices, http.User.GetUserId());
        return TypedResults.Accepted((string?)null);
    }

    private static void ValidateToken(FieldErrors errors, string? token)
    {
        if (errors.Text("token", token, 1, 100) && !token!.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add("token", "The link is invalid or has expired.");
        }
    }

    private static ValidationProblem InvalidToken(FieldErrors errors) =>
        errors.Add("token", "The link is invalid, has expired or was already used.").Problem();

    [LoggerMessage(Level = LogLevel.Information, Message = "Password reset requested from {Ip}")]
    private static partial void LogResetRequested(ILogger logger, string? ip);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password of user {UserId} reset from {Ip}")]
    private static partial void LogPasswordReset(ILogger logger, long userId, string? ip);
}
