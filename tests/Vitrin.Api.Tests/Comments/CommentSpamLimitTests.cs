using System.Net;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Comments;

public sealed class CommentSpamLimitTests
{
    private static async Task<VitrinApp> StartAsync(params (string, string?)[] settings)
    {
        var app = new VitrinApp().WithSettings(settings);
        await app.InitializeAsync();
        return app;
    }

    [Fact]
    public async Task CommentingAgainWithinSecondsIsRefusedWithRetryAfter()
    {
        await using var app = await StartAsync(("Spam:MinSecondsBetweenPosts", "5"));
        var maker = await app.RegisterAsync("smaker");
        var chatty = await app.RegisterAsync("chatty");
        var product = await maker.CreateAsync();

        await chatty.CommentAsync(product.Id(), "First thought");
        var second = await chatty.Client.PostCommentAsync(product.Id(), new { body = "Second thought" });

        await second.ReadProblemAsync(429);
        Assert.InRange(second.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 5);
        Assert.Equal(1, await app.CommentCountAsync(product.Id()));
        await maker.CommentAsync(product.Id(), "Someone else may still comment");
    }

    [Fact]
    public async Task NewAccountsCommentABoundedNumberPerHourButOldOnesDoNot()
    {
        await using var app = await StartAsync(("Spam:NewAccountCommentsPerHour", "2"));
        var maker = await app.RegisterAsync("hmaker");
        var fresh = await app.RegisterAsync("hfresh");
        var veteran = await app.RegisterAsync("hveteran");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == veteran.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, DateTime.UtcNow.AddDays(-30))));
        var product = await maker.CreateAsync();

        var freshStatuses = new List<HttpStatusCode>();
        var veteranStatuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await fresh.Client.PostCommentAsync(product.Id(), new { body = $"Fresh {i}" });
            freshStatuses.Add(last.StatusCode);
            veteranStatuses.Add((await veteran.Client.PostCommentAsync(product.Id(), new { body = $"Veteran {i}" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], freshStatuses);
        Assert.All(veteranStatuses, s => Assert.Equal(HttpStatusCode.Created, s));
        await last.ReadProblemAsync(429);
        Assert.InRange(last.Headers.RetryAfter!.Delta!.Value.TotalMinutes, 1, 60);
    }

    [Fact]
    public async Task ABurstOfParallelCommentsFromANewAccountStaysWithinTheLimit()
    {
        await using var app = await StartAsync(("Spam:NewAccountCommentsPerHour", "3"));
        var maker = await app.RegisterAsync("bmaker");
        var burst = await app.RegisterAsync("burst");
        var product = await maker.CreateAsync();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
            (await burst.Client.PostCommentAsync(product.Id(), new { body = $"Burst {i}" })).StatusCode));

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(3, await app.CommentCountAsync(product.Id()));
    }
}
