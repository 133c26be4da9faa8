using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Vitrin.Api.Notifications;
using Vitrin.Api.Products;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Jobs;

/// <summary>"A maker you follow launched": fanned out by a job, exactly once per follower.</summary>
public sealed class LaunchAnnouncementTests
{
    private sealed class ClockApp : VitrinApp
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    private static Task<int> LaunchNoticesAsync(VitrinApp app, long productId) =>
        app.WithDbAsync(db => db.Notifications.CountAsync(n => n.ProductId == productId && n.Type == NotificationType.FollowedMakerLaunched));

    private static async Task RunSweepAsync(VitrinApp app, long? productId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<LaunchAnnouncements>();
        await job.AnnounceDueAsync(CancellationToken.None);
        if (productId is { } id)
        {
            await job.AnnounceAsync(id, CancellationToken.None);
        }
    }

    [Fact]
    public async Task EachFollowerGetsExactlyOneNoticeEvenWhenTheJobRunsAgain()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = await JobTestApps.StartAsync(database);
        var maker = await app.RegisterAsync("fanmaker");
        var followers = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            var follower = await app.RegisterAsync("fan");
            await follower.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);
            followers.Add(follower);
        }

        var bystander = await app.RegisterAsync("bystander");
        var product = await maker.CreateAsync();

        await Eventually.WaitAsync(() => LaunchNoticesAsync(app, product.Id()), n => n == 3);
        await RunSweepAsync(app, product.Id());
        Assert.Equal(3, await LaunchNoticesAsync(app, product.Id()));
        foreach (var follower in followers)
        {
            var page = await (await follower.Client.GetAsync("/api/v1/notifications")).ReadJsonAsync();
            Assert.Single(page.GetProperty("items").EnumerateArray(), n => n.GetProperty("type").GetString() == "followed_maker_launched");
        }

        var bystanderPage = await (await bystander.Client.GetAsync("/api/v1/notifications")).ReadJsonAsync();
        Assert.Empty(bystanderPage.GetProperty("items").EnumerateArray());
        Assert.NotNull(await app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id()).Select(p => p.LaunchAnnouncedAt).FirstAsync()));
    }

    [Fact]
    public async Task AScheduledLaunchIsAnnouncedOnceWhenItsTimeComes()
    {
        await using var app = new ClockApp();
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("later");
        var fan = await app.RegisterAsync("waiting");
        await fan.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);
        var product = await maker.CreateAsync(status: "scheduled", launchAt: app.Clock.GetUtcNow().UtcDateTime.AddHours(2));

        app.Clock.Advance(TimeSpan.FromHours(1));
        await RunSweepAsync(app);
        Assert.Equal(0, await LaunchNoticesAsync(app, product.Id()));

        // The launch goes live (ProductMaintenance ticks on the clock) and the announcement follows as a job.
        app.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(5));
        await Eventually.WaitAsync(() => LaunchNoticesAsync(app, product.Id()), n => n > 0);
        await RunSweepAsync(app, product.Id());
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunSweepAsync(app);

        Assert.Equal(1, await LaunchNoticesAsync(app, product.Id()));
    }

    [Fact]
    public async Task TheSweepAnnouncesALaunchWhoseJobWasNeverEnqueued()
    {
        await using var app = new ClockApp();
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("crashy");
        var fan = await app.RegisterAsync("patient");
        await fan.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);
        var product = await maker.CreateAsync();
        await Eventually.WaitAsync(() => LaunchNoticesAsync(app, product.Id()), n => n == 1);

        // As if the process died between commit and enqueue: announced flag unset, notice missing.
        await app.WithDbAsync(async db =>
        {
            await db.Notifications.Where(n => n.ProductId == product.Id()).ExecuteDeleteAsync();
            return await db.Products.Where(p => p.Id == product.Id()).ExecuteUpdateAsync(s => s.SetProperty(p => p.LaunchAnnouncedAt, (DateTime?)null));
        });
        await RunSweepAsync(app);
        await RunSweepAsync(app);

        Assert.Equal(1, await LaunchNoticesAsync(app, product.Id()));
    }

    [Fact]
    public async Task ADraftIsNeverAnnounced()
    {
        await using var app = new ClockApp();
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("drafter");
        var fan = await app.RegisterAsync("reader");
        await fan.Client.PutAsync($"/api/v1/users/{maker.Username}/follow", null);
        var draft = await maker.CreateAsync(status: "draft");

        await RunSweepAsync(app, draft.Id());

        Assert.Equal(0, await LaunchNoticesAsync(app, draft.Id()));
    }
}
