using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vitrin.Api.Comments;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Upvotes;

namespace Vitrin.Api.Tests.Comments;

public sealed class CommentQueryCountTests
{
    // 60 threads, then two more levels of replies under random earlier comments: 500 in all.
    private static readonly int[] LevelSizes = [60, 160, 280];

    /// <summary>An app that notes, for each SQL command EF Core executes, the request path it ran for.</summary>
    private sealed class CountingApp : VitrinApp
    {
        public CommandLog Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddHttpContextAccessor();
                services.AddSingleton(Commands);
                // Added to the pooled contexts' options, whichever provider the run uses.
                services.ConfigureDbContext<Vitrin.Api.Data.SqliteVitrinDbContext>((sp, o) => o.AddInterceptors(Commands.For(sp)));
                services.ConfigureDbContext<Vitrin.Api.Data.PostgresVitrinDbContext>((sp, o) => o.AddInterceptors(Commands.For(sp)));
            });
        }
    }

    private sealed class CommandLog
    {
        private readonly ConcurrentQueue<string> _paths = new();

        public int CountFor(string path) => _paths.Count(p => p == path);

        public IInterceptor For(IServiceProvider services) => new Counter(this, services.GetRequiredService<IHttpContextAccessor>());

        private sealed class Counter(CommandLog log, IHttpContextAccessor http) : DbCommandInterceptor
        {
            public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
            {
                Record();
                return ValueTask.FromResult(result);
            }

            public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
            {
                Record();
                return result;
            }

            public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
            {
                Record();
                return ValueTask.FromResult(result);
            }

            public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
            {
                Record();
                return ValueTask.FromResult(result);
            }

            // The request that runs the command (flows with the async context); background work has none.
            private void Record() => log._paths.Enqueue(http.HttpContext?.Request.Path.Value ?? "");
        }
    }

    [Fact]
    public async Task A500CommentTreeIsBuiltInAsFewQueriesAsAThreeCommentOne()
    {
        await using var app = new CountingApp();
        // The database path is what is counted; anonymous pages would otherwise come from the cache.
        app.WithSettings(("Cache:Public", "false"));
        await app.InitializeAsync();
        var maker = await app.RegisterAsync("qmaker");
        var viewer = await app.RegisterAsync("qviewer");
        var small = await maker.CreateAsync();
        var large = await maker.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await viewer.CommentAsync(small.Id(), $"Small {i}");
        }

        await app.WithDbAsync(async db =>
        {
            var random = new Random(42);
            var level = new List<Comment>();
            var all = new List<Comment>();
            foreach (var count in LevelSizes)
            {
                var parents = level;
                level = [.. Enumerable.Range(0, count).Select(i => new Comment
                {
                    ProductId = large.Id(),
                    AuthorId = i % 2 == 0 ? maker.Id : viewer.Id,
                    ParentId = parents.Count == 0 ? null : parents[random.Next(parents.Count)].Id,
                    Body = $"Comment {all.Count + i}",
                    BodyHtml = $"<p>Comment {all.Count + i}</p>",
                    UpvoteCount = random.Next(20),
                    CreatedAt = DateTime.UtcNow.AddMinutes(-random.Next(5000)),
                    UpdatedAt = DateTime.UtcNow,
                })];
                db.Comments.AddRange(level);
                await db.SaveChangesAsync();
                all.AddRange(level);
            }

            db.CommentUpvotes.AddRange(all.Where((_, i) => i % 7 == 0).Select(c => new CommentUpvote { CommentId = c.Id, UserId = viewer.Id, CreatedAt = DateTime.UtcNow }));
            return await db.SaveChangesAsync();
        });

        var smallPath = $"/api/v1/products/{small.Id()}/comments";
        var largePath = $"/api/v1/products/{large.Id()}/comments";
        foreach (var client in new[] { viewer.Client, app.Anonymous() })
        {
            var before = (Small: app.Commands.CountFor(smallPath), Large: app.Commands.CountFor(largePath));
            var smallPage = await client.ThreadsAsync(small.Id(), "?limit=100");
            var largePage = await client.ThreadsAsync(large.Id(), "?limit=100");
            var smallQueries = app.Commands.CountFor(smallPath) - before.Small;
            var largeQueries = app.Commands.CountFor(largePath) - before.Large;

            Assert.Equal(3, TestComments.Flatten(smallPage).Count);
            var comments = TestComments.Flatten(largePage);
            Assert.Equal(500, comments.Count);
            Assert.InRange(smallQueries, 1, 4);
            Assert.Equal(smallQueries, largeQueries);
            var upvoted = comments.Count(c => c.GetProperty("viewerHasUpvoted").GetBoolean());
            Assert.Equal(client == viewer.Client ? 72 : 0, upvoted);
        }
    }
}
