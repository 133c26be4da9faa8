using Vitrin.Api.Products;

namespace Vitrin.Api.Tests.Products;

public sealed class RankingTests
{
    private static readonly DateTime Launch = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(10, 11)]
    [InlineData(1.5, 1.6)]
    [InlineData(999, 1000)]
    public void MoreVotesRankHigher(double fewer, double more) =>
        Assert.True(Ranking.HotScore(more, Launch) > Ranking.HotScore(fewer, Launch));

    [Fact]
    public void NewerBeatsOlderAtEqualVotes() =>
        Assert.True(Ranking.HotScore(5, Launch.AddSeconds(1)) > Ranking.HotScore(5, Launch));

    [Fact]
    public void TenfoldVotesEqualTwelveAndAHalfHoursOfAge()
    {
        var older = Ranking.HotScore(100, Launch);
        var newer = Ranking.HotScore(10, Launch.AddSeconds(45_000));

        Assert.Equal(older, newer, 9);
    }

    [Fact]
    public void ANewLaunchOvertakesAPopularOneFromDaysAgo() =>
        Assert.True(Ranking.HotScore(3, Launch) > Ranking.HotScore(200, Launch.AddDays(-3)));

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(-3)]
    [InlineData(double.NaN)]
    public void FewerThanOneVoteCountsAsOne(double votes) =>
        Assert.Equal(Ranking.HotScore(1, Launch), Ranking.HotScore(votes, Launch));

    [Fact]
    public void ScoreIsZeroAtTheEpochWithOneVote() =>
        Assert.Equal(0, Ranking.HotScore(1, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void LocalTimesAreConvertedToUtc() =>
        Assert.Equal(Ranking.HotScore(7, Launch), Ranking.HotScore(7, Launch.ToLocalTime()), 9);
}
