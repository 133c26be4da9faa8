using System.Net;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Notifications;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Upvotes;

/// <summary>The counters always equal the rows they count, whatever arrives at once.</summary>
public sealed class UpvoteConcurrencyTests(VitrinApp app)
{
    [Fact]
    public async Task FiftyParallelUpvotesByOneUserCountOnce()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("eager");
        var product = await maker.CreateAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => voter.UpvoteAsync(product.Id())));

        foreach (var response in responses)
        {
            Assert.Equal((1, true), await response.ReadVoteAsync());
        }

        var totals = await app.TotalsAsync(product.Id());
        Assert.Equal((1, 1, 0.25), (totals.UpvoteCount, totals.Rows, totals.VoteWeight));
        var notification = Assert.Single(await Notifications(maker));
        Assert.Equal(1, notification.EventCount);
    }

    [Fact]
    public async Task TwentyUsersVotingAtOnceAllCountAndFoldIntoOneNotification()
    {
        var maker = await app.RegisterAsync("maker");
        var voters = await app.RegisterManyAsync(20, "crowd");
        var product = await maker.CreateAsync();

        var responses = await Task.WhenAll(voters.Select(v => v.UpvoteAsync(product.Id())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var totals = await app.TotalsAsync(product.Id());
        Assert.Equal((20, 20), (totals.UpvoteCount, totals.Rows));
        Assert.Equal(totals.WeightSum, totals.VoteWeight);
        var notification = Assert.Single(await Notifications(maker));
        Assert.Equal(20, notification.EventCount);
    }

    [Fact]
    public async Task SixtyFourParallelTogglesOnOneProductLeaveExactTotals()
    {
        var maker = await app.RegisterAsync("maker");
        var voters = await app.RegisterManyAsync(16, "toggler");
        // A mix of weights, so a lost or doubled weight change would show.
        foreach (var veteran in voters.Where((_, i) => i % 2 == 0))
        {
            await app.AgeAccountAsync(veteran, TimeSpan.FromDays(30));
        }

        var product = await maker.CreateAsync();
        var requests = Enumerable.Range(0, 64).Select(i =>
        {
            var voter = voters[i % voters.Length];
            return i % 3 == 0 ? voter.UnvoteAsync(product.Id()) : voter.UpvoteAsync(product.Id());
        });

        var responses = await Task.WhenAll(requests);

        var failures = responses.Where(r => !r.IsSuccessStatusCode).Select(r => (int)r.StatusCode).ToList();
        Assert.Empty(failures);
        var totals = await app.TotalsAsync(product.Id());
        Assert.Equal(totals.Rows, totals.UpvoteCount);
        Assert.Equal(totals.WeightSum, totals.VoteWeight);
        Assert.InRange(totals.Rows, 0, voters.Length);
    }

    [Fact]
    public async Task DeletingAProductWhileVotesArriveNeverFailsAVote()
    {
        var maker = await app.RegisterAsync("maker");
        var voters = await app.RegisterManyAsync(12, "racer");
        var product = await maker.CreateAsync();
        await Task.WhenAll(voters.Take(6).Select(v => v.UpvoteAsync(product.Id())));

        var votes = voters.Select((v, i) => i % 2 == 0 ? v.UnvoteAsync(product.Id()) : v.UpvoteAsync(product.Id())).ToList();
        var deletion = maker.Client.DeleteAsync($"/api/v1/products/{product.Id()}");
        var responses = await Task.WhenAll(votes.Append(deletion));

        Assert.Equal(HttpStatusCode.NoContent, responses[^1].StatusCode);
        Assert.All(responses[..^1], r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"Vote answered {(int)r.StatusCode}"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ProductUpvotes.CountAsync(u => u.ProductId == product.Id())));
    }

    [Fact]
    public async Task ParallelVotesOnOneCommentCountExactly()
    {
        var maker = await app.RegisterAsync("maker");
        var author = await app.RegisterAsync("author");
        var eager = await app.RegisterAsync("eager");
        var voters = await app.RegisterManyAsync(12, "crowd");
        var product = await maker.CreateAsync();
        var comment = await app.CommentAsync(product.Id(), author);

        var repeated = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => eager.UpvoteCommentAsync(comment)));
        var many = await Task.WhenAll(voters.Select(v => v.UpvoteCommentAsync(comment)));

        Assert.All(repeated.Concat(many), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal((13, 13), await app.CommentTotalsAsync(comment));
    }

    [Fact]
    public async Task ParallelCommentVoteTogglesLeaveAnExactCount()
    {
        var maker = await app.RegisterAsync("maker");
        var voters = await app.RegisterManyAsync(8, "toggler");
        var product = await maker.CreateAsync();
        var comment = await app.CommentAsync(product.Id(), maker);

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(i =>
            i % 3 == 0 ? voters[i % 8].UnvoteCommentAsync(comment) : voters[i % 8].UpvoteCommentAsync(comment)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var (count, rows) = await app.CommentTotalsAsync(comment);
        Assert.Equal(rows, count);
    }

    private Task<List<Notification>> Notifications(TestUser maker) => app.WithDbAsync(db => db.Notifications.AsNoTracking()
        .Where(n => n.RecipientId == maker.Id && n.Type == NotificationType.ProductUpvoted).ToListAsync());
}
