using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Moderation;

public sealed class ReportLimitTests
{
    [Fact]
    public async Task AnAccountFilesABoundedNumberOfReportsPerHour()
    {
        await using var app = new VitrinApp().WithSettings(("Spam:ReportsPerHour", "2"));
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("rlmaker");
        var reporter = await app.RegisterAsync("rlreporter");
        var products = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            products.Add((await maker.CreateAsync()).Id());
        }

        await reporter.ReportAsync("product", products[0]);
        await reporter.ReportAsync("product", products[1]);
        var third = await reporter.PostReportAsync("product", products[2]);

        await third.ReadProblemAsync(429);
        Assert.InRange(third.Headers.RetryAfter!.Delta!.Value.TotalMinutes, 1, 60);
        // Someone else may still report it.
        await (await app.RegisterAsync("rlother")).ReportAsync("product", products[2]);
    }

    [Fact]
    public async Task ABurstOfParallelReportsStaysWithinTheLimit()
    {
        await using var app = new VitrinApp().WithSettings(("Spam:ReportsPerHour", "3"));
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("rbmaker");
        var reporter = await app.RegisterAsync("rbreporter");
        var products = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            products.Add((await maker.CreateAsync()).Id());
        }

        var statuses = await Task.WhenAll(products.Select(async p => (await reporter.PostReportAsync("product", p)).StatusCode));

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}
