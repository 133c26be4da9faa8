using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
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
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartAsync(("Search:MaxConcurrent", "1"), ("Search:QueueLimit", "0"));
        var gate = new ResponseGate();
        await using var gated = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(gate)));
        var client = gated.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var word = SearchData.Word();

        // The first search holds the only permit until its answer may be written.
        using var held = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/search{path}?q={word}");
        held.Headers.Add(ResponseGate.Header, "1");
        var first = client.SendAsync(held, ct);
        await gate.Holding.WaitAsync(TimeSpan.FromSeconds(30), ct);
        var refused = await client.GetSearchAsync(path, word + " again");
        gate.Release();
        var responses = new[] { await first, refused };

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        await refused.ReadProblemAsync(429);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
    }

    /// <summary>
    /// Outside the app's pipeline: an answer to a request with <see cref="Header"/> waits to be written
    /// until <see cref="Release"/>, so its search holds its concurrency permit until then.
    /// </summary>
    private sealed class ResponseGate : IStartupFilter
    {
        public const string Header = "X-Test-Hold";

        private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Holding => _holding.Task;

        public void Release() => _released.TrySetResult();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, inner) =>
            {
                if (http.Request.Headers.ContainsKey(Header))
                {
                    http.Response.Body = new GateStream(http.Response.Body, this);
                }

                await inner(http);
            });
            next(app);
        };

        private async Task WaitAsync()
        {
            _holding.TrySetResult();
            await _released.Task;
        }

        private sealed class GateStream(Stream inner, ResponseGate gate) : Stream
        {
            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                await gate.WaitAsync();
                await inner.WriteAsync(buffer, cancellationToken);
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

            public override async Task FlushAsync(CancellationToken cancellationToken)
            {
                await gate.WaitAsync();
                await inner.FlushAsync(cancellationToken);
            }

            public override void Flush() => throw new NotSupportedException("Writes are asynchronous here.");

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Writes are asynchronous here.");

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();
        }
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
