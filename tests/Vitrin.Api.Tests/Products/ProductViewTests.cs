using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Products;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Products;

public sealed class ProductViewTests(VitrinApp app)
{
    private async Task<long> ViewCountAsync(long id)
    {
        await app.Services.GetRequiredService<ProductMaintenance>().RunOnceAsync(CancellationToken.None);
        return (await (await app.Anonymous().GetAsync($"/api/v1/products/{id}")).ReadJsonAsync()).GetProperty("viewCount").GetInt64();
    }

    [Fact]
    public async Task AViewerCountsOncePerDay()
    {
        var maker = await app.RegisterAsync("viewed");
        var viewer = await app.RegisterAsync("viewer");
        var product = await maker.CreateAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await viewer.Client.PostAsync($"/api/v1/products/{product.Id()}/views", null)).StatusCode);
        }

        Assert.Equal(1, await ViewCountAsync(product.Id()));
    }

    [Fact]
    public async Task AnonymousVisitorsAreToldApartByBrowser()
    {
        var maker = await app.RegisterAsync("anonviews");
        var product = await maker.CreateAsync();
        var first = app.Anonymous();
        var second = app.Anonymous();
        first.DefaultRequestHeaders.UserAgent.ParseAdd("Firefox/140.0");
        second.DefaultRequestHeaders.UserAgent.ParseAdd("Chrome/156.0");

        await first.PostAsync($"/api/v1/products/{product.Id()}/views", null);
        await first.PostAsync($"/api/v1/products/{product.Id()}/views", null);
        await second.PostAsync($"/api/v1/products/{product.Id()}/views", null);
        await second.PostAsync($"/api/v1/products/{product.Id()}/views", null);

        Assert.Equal(2, await ViewCountAsync(product.Id()));
    }

    [Fact]
    public async Task ParallelViewsOfOneProductAllCount()
    {
        var maker = await app.RegisterAsync("busy");
        var product = await maker.CreateAsync();
        var viewers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.RegisterAsync("crowd")));

        var responses = await Task.WhenAll(viewers.Select(v => v.Client.PostAsync($"/api/v1/products/{product.Id()}/views", null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(8, await ViewCountAsync(product.Id()));
    }

    [Fact]
    public async Task DraftsAndUnknownProductsCannotBeViewed()
    {
        var maker = await app.RegisterAsync("draftview");
        var draft = await maker.CreateAsync(status: "draft");

        await (await app.Anonymous().PostAsync($"/api/v1/products/{draft.Id()}/views", null)).ReadProblemAsync(404);
        await (await app.Anonymous().PostAsync("/api/v1/products/999999999/views", null)).ReadProblemAsync(404);
    }
}
