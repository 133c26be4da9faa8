using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Upvotes;

namespace Vitrin.Api.Tests.Search;

/// <summary>
/// With more matches than Search:FewMatches, pages are read tier by tier in index order instead of
/// sorted in one go; a cap of 2 sends every search here through that path, with the same results.
/// </summary>
public sealed class ManyMatchesTests : IAsyncLifetime
{
    private readonly VitrinApp _app = new VitrinApp().WithSettings(("Search:FewMatches", "2"));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("relevance")]
    [InlineData("new")]
    [InlineData("top")]
    public async Task PagesCoverEveryMatchOnceInOrder(string sort)
    {
        var word = SearchData.Word();
        var maker = await _app.RegisterAsync("pager");
        var voter = await _app.RegisterAsync("voter");
        var ids = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add((i % 4) switch
            {
                0 => await maker.ProductAsync(word),
                1 => await maker.ProductAsync($"{word} {i}"),
                2 => await maker.ProductAsync($"Item {i}", tagline: $"About {word}"),
                _ => await maker.ProductAsync($"Item {i}", description: $"Somewhere inside it says {word}, really."),
            });
        }

        await voter.UpvoteAsync(ids[5]);
        await voter.UpvoteAsync(ids[6]);
        var walked = new List<long>();
        string? cursor = null;
        do
        {
            var page = await (await _app.Anonymous().GetSearchAsync("/products", word,
                $"&sort={sort}&limit=3" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).ReadJsonAsync();
            walked.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(ids.Order(), walked.Order());
        var expected = sort switch
        {
            "new" => ids.AsEnumerable().Reverse().ToList(),
            "top" => [ids[6], ids[5], .. ids.Where(i => i != ids[5] && i != ids[6]).Reverse()],
            _ => [ids[4], ids[0], ids[5], ids[1], ids[6], ids[2], ids[7], ids[3]],
        };
        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task TypoPrefixPhraseAndFiltersWorkTheSame()
    {
        var word = SearchData.Word();
        var maker = await _app.RegisterAsync("many");
        var notion = await maker.ProductAsync($"Notion {word}", tags: [$"{word}-kit"], category: "saas");
        var other = await maker.ProductAsync($"Notion {word} open source", tagline: "Open source notes");
        await maker.ProductAsync($"Linear {word}", tagline: "Issue tracking");

        Assert.Equal([notion, other], (await _app.SearchIdsAsync($"notin {word}", "&sort=new&limit=5")).Order());
        Assert.Equal([other], await _app.SearchIdsAsync($"{word} \"open source\""));
        Assert.Equal([notion], await _app.SearchIdsAsync($"{word} tag:{word}-kit"));
        Assert.Equal([notion], await _app.SearchIdsAsync($"{word} category:saas"));
        Assert.Equal([notion], await _app.SearchIdsAsync($"{word} notio -open"));
    }
}
