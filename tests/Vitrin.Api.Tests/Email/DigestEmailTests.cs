using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Notifications;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Email;

/// <summary>The opt-in daily digest of unread notifications.</summary>
public sealed class DigestEmailTests(EmailApp email) : IClassFixture<EmailApp>
{
    private VitrinApp App => email.App;

    private async Task<TestUser> ReaderAsync(string prefix, bool optIn, bool confirmed)
    {
        var user = await App.RegisterAsync(prefix);
        if (optIn)
        {
            var patch = await user.Client.PatchAsJsonAsync("/api/v1/users/me", new { emailDigest = true });
            Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        }

        if (confirmed)
        {
            await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true)));
        }

        // Someone follows them: one unread notification.
        var fan = await App.RegisterAsync("digestfan");
        await fan.Client.PutAsync($"/api/v1/users/{user.Username}/follow", null);
        return user;
    }

    private static bool IsDigest(MimeKit.MimeMessage m) => m.Subject?.StartsWith("Your Vitrin digest", StringComparison.Ordinal) == true;

    private async Task RunDailyDigestAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDigest>().EnqueueDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task OptedInConfirmedUsersGetOneDigestOfTheirUnreadNotifications()
    {
        var reader = await ReaderAsync("digest", optIn: true, confirmed: true);
        var me = await (await reader.Client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();
        Assert.True(me.GetProperty("emailDigest").GetBoolean());

        await RunDailyDigestAsync();

        var digest = await Eventually.WaitAsync(
            () => Task.FromResult(email.Sink.To(EmailApp.Address(reader)).Where(m => IsDigest(m)).ToList()),
            list => list.Count > 0);
        var message = Assert.Single(digest);
        Assert.Contains("followed you", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("followed you", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"{EmailApp.AppUrl}/notifications", message.TextBody, StringComparison.Ordinal);

        // Nothing new since: the next run sends nothing.
        await RunDailyDigestAsync();
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Single(email.Sink.To(EmailApp.Address(reader)), m => IsDigest(m));
    }

    [Fact]
    public async Task NoDigestWithoutOptInOrConfirmedAddress()
    {
        var notOptedIn = await ReaderAsync("nodigest", optIn: false, confirmed: true);
        var unconfirmed = await ReaderAsync("unconfirmed", optIn: true, confirmed: false);
        var control = await ReaderAsync("control", optIn: true, confirmed: true);

        await RunDailyDigestAsync();

        await Eventually.WaitAsync(() => Task.FromResult(email.Sink.To(EmailApp.Address(control)).Any(m => IsDigest(m))), f => f);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(email.Sink.To(EmailApp.Address(notOptedIn)), m => IsDigest(m));
        Assert.DoesNotContain(email.Sink.To(EmailApp.Address(unconfirmed)), m => IsDigest(m));
    }

    [Fact]
    public async Task TheDigestSettingCanBeTurnedOffAndRefusesNonBooleans()
    {
        var user = await App.RegisterAsync("toggle");
        await user.Client.PatchAsJsonAsync("/api/v1/users/me", new { emailDigest = true });

        var off = await user.Client.PatchAsJsonAsync("/api/v1/users/me", new { emailDigest = false });

        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False((await (await user.Client.GetAsync("/api/v1/auth/me")).ReadJsonAsync()).GetProperty("emailDigest").GetBoolean());
        await (await user.Client.PatchAsJsonAsync("/api/v1/users/me", new { emailDigest = (bool?)null })).AssertValidationErrorAsync("emailDigest");
        var text = await user.Client.PatchAsync("/api/v1/users/me", new StringContent("""{"emailDigest":"yes"}""", System.Text.Encoding.UTF8, "application/json"));
        await text.ReadProblemAsync(400);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().PatchAsJsonAsync("/api/v1/users/me", new { emailDigest = true })).StatusCode);
    }
}
