using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Products;

public sealed class ProductSpamLimitTests
{
    private static async Task<VitrinApp> StartAsync(params (string, string?)[] settings)
    {
        var app = new VitrinApp().WithSettings(settings);
        await app.InitializeAsync();
        return app;
    }

    private static Task<HttpResponseMessage> PostAsync(TestUser maker) => maker.Client.PostAsJsonAsync("/api/v1/products", new
    {
        title = "Spam " + Guid.NewGuid().ToString("N")[..6], tagline = "Tagline", websiteUrl = "https://example.com", category = "saas",
    });

    [Fact]
    public async Task PostingAgainWithinSecondsIsRefused()
    {
        await using var app = await StartAsync(("Spam:MinSecondsBetweenPosts", "30"));
        var maker = await app.RegisterAsync("quick");

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(maker)).StatusCode);
        var second = await PostAsync(maker);

        await second.ReadProblemAsync(429);
        Assert.InRange(second.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 30);
    }

    [Fact]
    public async Task NewAccountsPublishABoundedNumberPerDayButOldOnesDoNot()
    {
        await using var app = await StartAsync(("Spam:NewAccountProductsPerDay", "2"));
        var fresh = await app.RegisterAsync("fresh");
        var veteran = await app.RegisterAsync("veteran");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == veteran.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, DateTime.UtcNow.AddDays(-30))));

        var freshStatuses = new List<HttpStatusCode>();
        var veteranStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            freshStatuses.Add((await PostAsync(fresh)).StatusCode);
            veteranStatuses.Add((await PostAsync(veteran)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], freshStatuses);
        Assert.All(veteranStatuses, s => Assert.Equal(HttpStatusCode.Created, s));
    }
}
