using Vitrin.Api.Products;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Upvotes;

/// <summary>Votes from new accounts count in upvoteCount but weigh less in the trending score.</summary>
public sealed class VoteWeightTests(VitrinApp app)
{
    private static readonly TimeSpan Old = TimeSpan.FromDays(30);

    [Fact]
    public async Task ANewAccountsVoteCountsOnceButWeighsAQuarter()
    {
        var maker = await app.RegisterAsync("maker");
        var newcomer = await app.RegisterAsync("newcomer");
        var product = await maker.CreateAsync();

        Assert.Equal((1, true), await (await newcomer.UpvoteAsync(product.Id())).ReadVoteAsync());

        var totals = await app.TotalsAsync(product.Id());
        Assert.Equal((1, 0.25, 0.25), (totals.UpvoteCount, totals.VoteWeight, totals.WeightSum));
    }

    [Fact]
    public async Task AnOldAccountsVoteWeighsOne()
    {
        var maker = await app.RegisterAsync("maker");
        var newcomer = await app.RegisterAsync("newcomer");
        var veteran = await app.RegisterAsync("veteran");
        await app.AgeAccountAsync(veteran, Old);
        var product = await maker.CreateAsync();

        await (await newcomer.UpvoteAsync(product.Id())).ReadVoteAsync();
        Assert.Equal((2, true), await (await veteran.UpvoteAsync(product.Id())).ReadVoteAsync());
        var both = await app.TotalsAsync(product.Id());
        Assert.Equal((2, 1.25, 1.25), (both.UpvoteCount, both.VoteWeight, both.WeightSum));

        // Withdrawing takes away the weight the vote was cast with.
        Assert.Equal((1, false), await (await veteran.UnvoteAsync(product.Id())).ReadVoteAsync());
        var left = await app.TotalsAsync(product.Id());
        Assert.Equal((1, 0.25), (left.UpvoteCount, left.VoteWeight));
    }

    [Fact]
    public async Task TheTrendingScoreRisesWithWeightedVotesAndFallsBack()
    {
        var maker = await app.RegisterAsync("maker");
        var voters = await app.RegisterManyAsync(3, "veteran");
        foreach (var voter in voters)
        {
            await app.AgeAccountAsync(voter, Old);
        }

        var product = await maker.CreateAsync();
        var scores = new List<double> { (await app.TotalsAsync(product.Id())).TrendingScore };
        foreach (var voter in voters)
        {
            await (await voter.UpvoteAsync(product.Id())).ReadVoteAsync();
            var totals = await app.TotalsAsync(product.Id());
            Assert.Equal(Ranking.HotScore(totals.VoteWeight, totals.PublishedAt!.Value), totals.TrendingScore, 9);
            scores.Add(totals.TrendingScore);
        }

        // One vote of weight 1 is log10(1) = 0, like none; every vote after that lifts the score.
        Assert.Equal(scores[0], scores[1], 9);
        Assert.True(scores[2] > scores[1] && scores[3] > scores[2], string.Join(", ", scores));
        Assert.Equal(Math.Log10(3), scores[3] - scores[0], 9);

        await (await voters[0].UnvoteAsync(product.Id())).ReadVoteAsync();
        Assert.Equal(scores[2], (await app.TotalsAsync(product.Id())).TrendingScore, 9);
    }

    [Fact]
    public async Task NewAccountVotesBarelyMoveTrendingComparedWithOldOnes()
    {
        var maker = await app.RegisterAsync("maker");
        var ring = await app.RegisterManyAsync(4, "ring");
        var veterans = await app.RegisterManyAsync(4, "veteran");
        foreach (var veteran in veterans)
        {
            await app.AgeAccountAsync(veteran, Old);
        }

        var ringed = await maker.CreateAsync();
        var organic = await maker.CreateAsync();
        await Task.WhenAll(ring.Select(v => v.UpvoteAsync(ringed.Id())));
        await Task.WhenAll(veterans.Select(v => v.UpvoteAsync(organic.Id())));

        var ringTotals = await app.TotalsAsync(ringed.Id());
        var organicTotals = await app.TotalsAsync(organic.Id());
        Assert.Equal((4, 4), (ringTotals.UpvoteCount, organicTotals.UpvoteCount));
        Assert.Equal((1.0, 4.0), (ringTotals.VoteWeight, organicTotals.VoteWeight));
        // Four new accounts weigh 1 in total: no lift at all, while four old accounts add log10(4).
        Assert.Equal(Ranking.HotScore(0, ringTotals.PublishedAt!.Value), ringTotals.TrendingScore, 9);
        Assert.Equal(Ranking.HotScore(4, organicTotals.PublishedAt!.Value), organicTotals.TrendingScore, 9);
    }
}
