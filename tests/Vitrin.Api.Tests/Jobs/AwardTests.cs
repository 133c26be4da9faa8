using System.Net.Http.Json;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Vitrin.Api.Jobs;
using Vitrin.Api.Products;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Jobs;

/// <summary>Product of the Day/Week/Month recorded by the recurring jobs, once, and shown on the product.</summary>
public sealed class AwardTests
{
    // The real time, as access tokens are checked against it; each test has its own database.
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private sealed class ClockApp : VitrinApp
    {
        public FakeTimeProvider Clock { get; } = new(Now);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    private static async Task<long> LaunchedAsync(VitrinApp app, TestUser maker, DateTime publishedAt, int upvotes, List<TestUser> voters)
    {
        var id = (await maker.CreateAsync()).Id();
        foreach (var voter in voters.Take(upvotes))
        {
            await voter.Client.PutAsync($"/api/v1/products/{id}/upvote", null);
        }

        await app.WithDbAsync(db => db.Products.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.PublishedAt, publishedAt)));
        return id;
    }

    private static async Task TriggerAsync(VitrinApp app, string recurringJob)
    {
        var manager = (IRecurringJobManagerV2)app.Services.GetRequiredService<IRecurringJobManager>();
        var jobId = manager.TriggerJob(recurringJob);
        await JobTestApps.WaitForStateAsync(app, jobId, "Succeeded");
    }

    [Fact]
    public async Task DailyWeeklyAndMonthlyAwardsAreRecordedOnceAndShownOnTheProduct()
    {
        await using var app = new ClockApp();
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("awarded");
        var voters = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            voters.Add(await app.RegisterAsync("voter"));
        }

        var yesterday = Now.UtcDateTime.Date.AddDays(-1).AddHours(10);
        var first = await LaunchedAsync(app, maker, yesterday, 3, voters);
        var second = await LaunchedAsync(app, maker, yesterday.AddHours(1), 1, voters);
        var unvoted = await LaunchedAsync(app, maker, yesterday.AddHours(2), 0, voters);

        await TriggerAsync(app, RecurringJobs.AwardsDaily);
        await TriggerAsync(app, RecurringJobs.AwardsDaily);

        var awards = await app.WithDbAsync(db => db.ProductAwards.Where(a => a.Period == AwardPeriod.Day).OrderBy(a => a.Rank).ToListAsync());
        Assert.Equal([first, second], awards.Select(a => a.ProductId));
        Assert.All(awards, a => Assert.Equal(DateOnly.FromDateTime(yesterday), a.PeriodStart));

        var page = await (await app.Anonymous().GetAsync($"/api/v1/products/{first}")).ReadJsonAsync();
        var award = Assert.Single(page.GetProperty("awards").EnumerateArray());
        Assert.Equal("day", award.GetProperty("period").GetString());
        Assert.Equal(1, award.GetProperty("rank").GetInt32());
        Assert.Equal(DateOnly.FromDateTime(yesterday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), award.GetProperty("date").GetString());
        var none = await (await app.Anonymous().GetAsync($"/api/v1/products/{unvoted}")).ReadJsonAsync();
        Assert.Empty(none.GetProperty("awards").EnumerateArray());

        // Weeks and months: launches 40 days ago, whose week and month have ended. (The fake clock is not
        // moved weeks ahead: it would fire every periodic timer of the app once per period on the way.)
        var old = Now.UtcDateTime.Date.AddDays(-40).AddHours(10);
        var oldFirst = await LaunchedAsync(app, maker, old, 2, voters);
        var oldSecond = await LaunchedAsync(app, maker, old.AddHours(1), 1, voters);
        var day = DateOnly.FromDateTime(old);
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<LeaderboardAwards>();
        foreach (var period in new[] { AwardPeriod.Week, AwardPeriod.Month, AwardPeriod.Week, AwardPeriod.Month })
        {
            await job.RecordAsync(period, day, CancellationToken.None);
        }

        var longer = await app.WithDbAsync(db => db.ProductAwards.Where(a => a.Period != AwardPeriod.Day)
            .OrderBy(a => a.Period).ThenBy(a => a.Rank).Select(a => new { a.Period, a.ProductId, a.PeriodStart }).ToListAsync());
        Assert.Equal([oldFirst, oldSecond, oldFirst, oldSecond], longer.Select(a => a.ProductId));
        Assert.Equal(DateOnly.FromDateTime(Leaderboard.Bounds(AwardPeriod.Week, day).Start), longer.First(a => a.Period == AwardPeriod.Week).PeriodStart);
        Assert.Equal(DateOnly.FromDateTime(Leaderboard.Bounds(AwardPeriod.Month, day).Start), longer.First(a => a.Period == AwardPeriod.Month).PeriodStart);
        var shown = await (await app.Anonymous().GetAsync($"/api/v1/products/{oldFirst}")).ReadJsonAsync();
        Assert.Equal(["month", "week"], shown.GetProperty("awards").EnumerateArray().Select(a => a.GetProperty("period").GetString()).Order());
    }

    [Fact]
    public async Task APeriodThatHasNotEndedIsNotAwarded()
    {
        await using var app = new ClockApp();
        await app.InitializeAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var awards = scope.ServiceProvider.GetRequiredService<LeaderboardAwards>();

        Assert.Equal(0, await awards.RecordAsync(AwardPeriod.Day, DateOnly.FromDateTime(Now.UtcDateTime), CancellationToken.None));
    }
}
