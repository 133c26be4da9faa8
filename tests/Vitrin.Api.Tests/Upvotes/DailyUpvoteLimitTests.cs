using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Upvotes;

/// <summary>An app of its own with two upvotes per day: the shared one sets the limit out of reach.</summary>
public sealed class TwoUpvotesPerDayApp : VitrinApp
{
    public TwoUpvotesPerDayApp() => WithSettings(("Spam:UpvotesPerDay", "2"));
}

public sealed class DailyUpvoteLimitTests(TwoUpvotesPerDayApp app) : IClassFixture<TwoUpvotesPerDayApp>
{
    [Fact]
    public async Task VotesBeyondTheDailyLimitAre429WithRetryAfter()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var products = new[] { await maker.CreateAsync(), await maker.CreateAsync(), await maker.CreateAsync() };

        await (await voter.UpvoteAsync(products[0].Id())).ReadVoteAsync();
        await (await voter.UpvoteAsync(products[1].Id())).ReadVoteAsync();
        var refused = await voter.UpvoteAsync(products[2].Id());

        await refused.ReadProblemAsync(429);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal((0, 0), await RowsAndCountAsync(products[2].Id()));
    }

    [Fact]
    public async Task RepeatingOrWithdrawingAVoteIsNotLimited()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var first = await maker.CreateAsync();
        var second = await maker.CreateAsync();
        await (await voter.UpvoteAsync(first.Id())).ReadVoteAsync();
        await (await voter.UpvoteAsync(second.Id())).ReadVoteAsync();

        Assert.Equal((1, true), await (await voter.UpvoteAsync(first.Id())).ReadVoteAsync());
        Assert.Equal((0, false), await (await voter.UnvoteAsync(first.Id())).ReadVoteAsync());
    }

    [Fact]
    public async Task CommentAndProductVotesShareTheLimit()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var product = await maker.CreateAsync();
        var comments = new[] { await app.CommentAsync(product.Id(), maker), await app.CommentAsync(product.Id(), maker) };

        await (await voter.UpvoteCommentAsync(comments[0])).ReadVoteAsync();
        await (await voter.UpvoteAsync(product.Id())).ReadVoteAsync();

        var refused = await voter.UpvoteCommentAsync(comments[1]);
        await refused.ReadProblemAsync(429);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal((0, 0), await app.CommentTotalsAsync(comments[1]));
    }

    private async Task<(int, int)> RowsAndCountAsync(long productId)
    {
        var totals = await app.TotalsAsync(productId);
        return (totals.UpvoteCount, totals.Rows);
    }
}
