using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Products;

public sealed class ScheduledLaunchTests
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

    [Fact]
    public async Task ScheduledProductLaunchesAtItsTimeWithNoOneActing()
    {
        await using var app = new ClockApp();
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("scheduler");
        var launchAt = app.Clock.GetUtcNow().UtcDateTime.AddHours(2);
        var product = await maker.CreateAsync(status: "scheduled", launchAt: launchAt);

        app.Clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(200);
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}")).ReadProblemAsync(404);

        app.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(5));
        HttpResponseMessage response;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(100);
            response = await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}");
        }
        while (response.StatusCode == HttpStatusCode.NotFound && waited.Elapsed < TimeSpan.FromSeconds(10));

        var launched = await response.ReadJsonAsync();
        Assert.Equal("published", launched.GetProperty("status").GetString());
        Assert.Equal(launchAt, launched.GetProperty("publishedAt").GetDateTime(), TimeSpan.FromMilliseconds(1));
        var list = await (await app.Anonymous().GetAsync($"/api/v1/products?sort=new&maker={maker.Username}")).ReadJsonAsync();
        Assert.Contains(product.Id(), list.Ids());
    }
}
