using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Upvotes;

namespace Vitrin.Api.Tests.Search;

public sealed class SearchPagingTests(VitrinApp app)
{
    [Theory]
    [InlineData("relevance")]
    [InlineData("new")]
    [InlineData("top")]
    public async Task PagesCoverEveryMatchOnceInOrder(string sort)
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("pager");
        var voter = await app.RegisterAsync("voter");
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            // Tiers 1–3 and equal vote counts, so every sort key has ties to break.
            ids.Add((i % 3) switch
            {
                0 => await maker.ProductAsync($"{word} {i}"),
                1 => await maker.ProductAsync($"Item {i}", tagline: $"About {word}"),
                _ => await maker.ProductAsync($"Item {i}", description: $"Somewhere inside it says {word}, really."),
            });
        }

        await voter.UpvoteAsync(ids[4]);
        await voter.UpvoteAsync(ids[5]);
        var firstPage = await app.SearchIdsAsync(word, $"&sort={sort}&limit=100");

        var walked = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await app.Anonymous().GetSearchAsync("/products", word,
                $"&sort={sort}&limit=3" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).ReadJsonAsync();
            walked.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(firstPage, walked);
        Assert.Equal(ids.Order(), walked.Order());
    }

    [Fact]
    public async Task RelevanceOrderIsTierThenUpvotesThenNewest()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("pager");
        var voter = await app.RegisterAsync("voter");
        var description = await maker.ProductAsync("Alpha", description: $"Only the description says {word} here.");
        var tagline = await maker.ProductAsync("Beta", tagline: $"Tagline {word}");
        var titleOld = await maker.ProductAsync($"{word} old");
        var titleNew = await maker.ProductAsync($"{word} new");
        await voter.UpvoteAsync(description);
        await voter.UpvoteAsync(tagline);

        Assert.Equal([titleNew, titleOld, tagline, description], await app.SearchIdsAsync(word));
        Assert.Equal([tagline, description, titleNew, titleOld], await app.SearchIdsAsync(word, "&sort=top"));
    }
}
