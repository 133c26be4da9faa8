namespace Vitrin.Api.Products;

/// <summary>Pure ranking formulas, stored on the rows they rank so lists can use an index.</summary>
public static class Ranking
{
    /// <summary>
    /// The "hot" score's zero point, 2025-01-01T00:00:00Z. Any fixed instant works: moving it
    /// shifts every score by the same amount and leaves the order unchanged.
    /// </summary>
    public static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Seconds of age that weigh as much as a tenfold difference in votes (12.5 hours).</summary>
    public const double SecondsPerDecade = 45_000;

    /// <summary>
    /// Reddit's "hot" score: <c>log10(max(votes, 1)) + (published − epoch) / 45000 s</c>.
    /// It depends only on the votes and the publication time, never on "now", so it changes only
    /// when votes change and can be stored and indexed. A product published 12.5 hours later
    /// needs a tenth of the votes to rank alike. Votes are never negative here, so the
    /// sign-aware variant is unnecessary; weights below 1 in total count as 1.
    /// </summary>
    public static double HotScore(double weightedVotes, DateTime publishedAtUtc)
    {
        var published = publishedAtUtc.Kind == DateTimeKind.Local ? publishedAtUtc.ToUniversalTime() : publishedAtUtc;
        var seconds = (published - Epoch).TotalSeconds;
        var votes = weightedVotes > 1 ? Math.Log10(weightedVotes) : 0; // also maps NaN to 0
        return votes + seconds / SecondsPerDecade;
    }
}
