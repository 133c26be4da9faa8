using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Email;

/// <summary>Confirmation and password-reset emails, end to end through a real SMTP listener.</summary>
public sealed class AccountEmailTests(EmailApp email) : IClassFixture<EmailApp>
{
    private VitrinApp App => email.App;

    [Fact]
    public async Task RegisteringSendsAConfirmationLinkThatConfirmsOnce()
    {
        var user = await App.RegisterAsync("confirm");

        var message = await email.Sink.WaitForAsync(EmailApp.Address(user));
        Assert.Equal("Confirm your email address", message.Subject);
        Assert.Equal("no-reply@vitrin.test", message.From.Mailboxes.Single().Address);
        Assert.Contains(user.Username, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=", message.HtmlBody, StringComparison.Ordinal);
        var token = EmailApp.TokenFromLink(message, "confirm-email");
        var me = await (await user.Client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();
        Assert.False(me.GetProperty("emailConfirmed").GetBoolean());

        var confirm = await App.Anonymous().PostAsJsonAsync("/api/v1/auth/confirm-email", new { token });

        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
        me = await (await user.Client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();
        Assert.True(me.GetProperty("emailConfirmed").GetBoolean());
        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/confirm-email", new { token })).AssertValidationErrorAsync("token");
    }

    [Fact]
    public async Task ResendingSendsANewConfirmationLink()
    {
        var user = await App.RegisterAsync("resend");
        await email.Sink.WaitForAsync(EmailApp.Address(user));

        var resend = await user.Client.PostAsync("/api/v1/auth/confirm-email/resend", null);

        Assert.Equal(HttpStatusCode.Accepted, resend.StatusCode);
        var second = await email.Sink.WaitForAsync(EmailApp.Address(user), count: 2);
        var confirm = await App.Anonymous().PostAsJsonAsync("/api/v1/auth/confirm-email", new { token = EmailApp.TokenFromLink(second, "confirm-email") });
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
    }

    [Fact]
    public async Task ForgotPasswordMailsALinkThatResetsOnceAndRevokesEverySession()
    {
        var user = await App.RegisterAsync("forgetful");
        var otherSession = await App.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { login = user.Username, password = VitrinApp.Password, tokenDelivery = "body" });
        var refreshToken = (await otherSession.ReadJsonAsync()).GetProperty("refreshToken").GetString();

        var forgot = await App.Anonymous().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = EmailApp.Address(user).ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        var message = await WaitForSubjectAsync(EmailApp.Address(user), "Reset your Vitrin password");
        Assert.NotNull(message.HtmlBody);
        var token = EmailApp.TokenFromLink(message, "reset-password");
        const string newPassword = "a brand new passphrase 42";

        var reset = await App.Anonymous().PostAsJsonAsync("/api/v1/auth/reset-password", new { token, newPassword });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken })).ReadProblemAsync(401);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.PostAsync("/api/v1/auth/refresh", null)).StatusCode);
        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password })).ReadProblemAsync(401);
        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = newPassword })).ReadJsonAsync();
        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/reset-password", new { token, newPassword = "yet another passphrase 7" }))
            .AssertValidationErrorAsync("token");
    }

    [Fact]
    public async Task ForgotPasswordForAnUnknownAddressIsAcceptedAndSendsNothing()
    {
        var unknown = $"{VitrinApp.UniqueName("nobody")}@example.com";
        var known = await App.RegisterAsync("known");

        var unknownAnswer = await App.Anonymous().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = unknown });
        var knownAnswer = await App.Anonymous().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = EmailApp.Address(known) });

        Assert.Equal(HttpStatusCode.Accepted, unknownAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, knownAnswer.StatusCode);
        Assert.Equal(await knownAnswer.Content.ReadAsStringAsync(), await unknownAnswer.Content.ReadAsStringAsync());
        await WaitForSubjectAsync(EmailApp.Address(known), "Reset your Vitrin password");
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Empty(email.Sink.To(unknown));
    }

    [Fact]
    public async Task AnExpiredResetTokenIsRefused()
    {
        var user = await App.RegisterAsync("late");
        await App.Anonymous().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = EmailApp.Address(user) });
        var token = EmailApp.TokenFromLink(await WaitForSubjectAsync(EmailApp.Address(user), "Reset your Vitrin password"), "reset-password");
        await App.WithDbAsync(db => db.EmailTokens.Where(t => t.UserId == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        var reset = await App.Anonymous().PostAsJsonAsync("/api/v1/auth/reset-password", new { token, newPassword = "a brand new passphrase 42" });

        await reset.AssertValidationErrorAsync("token");
        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password })).ReadJsonAsync();
    }

    [Fact]
    public async Task AWeakNewPasswordIsRefusedAndTheTokenStaysUsable()
    {
        var user = await App.RegisterAsync("weak");
        await App.Anonymous().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = EmailApp.Address(user) });
        var token = EmailApp.TokenFromLink(await WaitForSubjectAsync(EmailApp.Address(user), "Reset your Vitrin password"), "reset-password");

        await (await App.Anonymous().PostAsJsonAsync("/api/v1/auth/reset-password", new { token, newPassword = "password" }))
            .AssertValidationErrorAsync("newPassword");
        var reset = await App.Anonymous().PostAsJsonAsync("/api/v1/auth/reset-password", new { token, newPassword = "a brand new passphrase 42" });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
    }

    [Fact]
    public async Task TokensAreStoredOnlyAsHashes()
    {
        var user = await App.RegisterAsync("hashed");
        var token = EmailApp.TokenFromLink(await email.Sink.WaitForAsync(EmailApp.Address(user)), "confirm-email");

        var stored = await App.WithDbAsync(db => db.EmailTokens.Where(t => t.UserId == user.Id).Select(t => t.TokenHash).ToListAsync());

        Assert.DoesNotContain(token, stored);
        Assert.True(token.Length >= 43, "At least 256 bits of randomness, base64url.");
    }

    private async Task<MimeKit.MimeMessage> WaitForSubjectAsync(string address, string subject)
    {
        await Eventually.WaitAsync(() => Task.FromResult(email.Sink.To(address).Any(m => m.Subject == subject)), found => found);
        return email.Sink.To(address).Last(m => m.Subject == subject);
    }
}
