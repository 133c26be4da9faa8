using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Search;

/// <summary>Searches run a few at a time per instance (Search:MaxConcurrent); the rest queue, and beyond the queue get 429.</summary>
public sealed class SearchLimitTests
{
    private const int Burst = 40;

    private static async Task<VitrinApp> StartAsync(params (string, string?)[] settings)
    {
        var app = new VitrinApp().WithSettings(settings);
        await app.InitializeAsync();
        return app;
    }

    private static async Task<List<HttpResponseMessage>> BurstAsync(VitrinApp app, string path, string word)
    {
        var client = app.Anonymous();
        return [.. await Task.WhenAll(Enumerable.Range(0, Burst).Select(i => client.GetSearchAsync(path, $"{word} {i}")))];
    }

    [Fact]
    public async Task ABurstOfSearchesQueuesAndEveryOneIsAnswered()
    {
        await using var app = await StartAsync(("Search:MaxConcurrent", "2"));
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("queued");
        await maker.ProductAsync($"The {word} queue");

        var responses = await BurstAsync(app, "/products", word);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Theory]
    [InlineData("/products")]
    [InlineData("")]
    [InlineData("/users")]
    public async Task SearchesBeyondTheQueueAreRefusedWith429AndARetryAfterOfOneSecond(string path)
    {
        await using var app = await StartAsync(("Search:MaxConcurrent", "1"), ("Search:QueueLimit", "0"));
        var word = SearchData.Word();

        var responses = await BurstAsync(app, path, word);

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await refused.ReadProblemAsync(429);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task OtherReadsAreNotCountedAgainstTheSearchLimit()
    {
        await using var app = await StartAsync(("Search:MaxConcurrent", "1"), ("Search:QueueLimit", "0"));
        var client = app.Anonymous();

        var responses = await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => client.GetAsync("/api/v1/products", TestContext.Current.CancellationToken)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Theory]
    [InlineData("Search:MaxConcurrent", "0")]
    [InlineData("Search:QueueLimit", "-1")]
    public async Task NonsensicalLimitsStopTheStart(string key, string value)
    {
        var app = new VitrinApp().WithSettings((key, value));
        await using (app)
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(async () => await app.InitializeAsync());
            Assert.Contains("Search:MaxConcurrent", error.ToString(), StringComparison.Ordinal);
        }
    }
}
