using System.Net;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Tests.Moderation;
using Vitrin.Api.Tests.Upvotes;

namespace Vitrin.Api.Tests.Search;

public sealed class ProductSearchTests(VitrinApp app)
{
    [Fact]
    public async Task TitleMatchRanksAboveDescriptionMatch()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var inDescription = await maker.ProductAsync("Quiet notebook", description: $"A calm place for {word} and other notes you keep.");
        var inTagline = await maker.ProductAsync("Loud notebook", tagline: $"Built for {word} fans");
        var inTitle = await maker.ProductAsync($"The {word} board");

        Assert.Equal([inTitle, inTagline, inDescription], await app.SearchIdsAsync(word));
    }

    [Fact]
    public async Task ExactTitleComesFirstThenUpvotesThenRecency()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var voter = await app.RegisterAsync("voter");
        var exact = await maker.ProductAsync(word.ToUpperInvariant());
        var older = await maker.ProductAsync($"{word} older");
        var voted = await maker.ProductAsync($"{word} voted");
        var newer = await maker.ProductAsync($"{word} newer");
        Assert.Equal(HttpStatusCode.OK, (await voter.UpvoteAsync(voted)).StatusCode);

        Assert.Equal([exact, voted, newer, older], await app.SearchIdsAsync(word));
    }

    [Fact]
    public async Task TypoNotinFindsNotion()
    {
        var maker = await app.RegisterAsync("searcher");
        var notion = await maker.ProductAsync("Notion", tagline: "Notes, docs and wikis together");
        await maker.ProductAsync("Linear", tagline: "Issue tracking for software teams");

        Assert.Equal([notion], await app.SearchIdsAsync($"notin maker:{maker.Username}"));
        Assert.Equal([notion], await app.SearchIdsAsync($"Notiom maker:{maker.Username}"));
    }

    [Fact]
    public async Task WordFormsMatchThroughStemming()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var id = await maker.ProductAsync($"{word} planner", tagline: "Tracking habits for busy teams");

        Assert.Equal([id], await app.SearchIdsAsync($"{word} tracked team"));
        Assert.Equal([id], await app.SearchIdsAsync($"{word} habit"));
    }

    [Fact]
    public async Task LastWordMatchesAsAPrefix()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var id = await maker.ProductAsync($"{word}board", tagline: "Whiteboards for remote teams");

        Assert.Equal([id], await app.SearchIdsAsync(word[..8]));
        Assert.Equal([id], await app.SearchIdsAsync($"{word}board whitebo"));
        Assert.Empty(await app.SearchIdsAsync($"whitebo {word}board remotes"));
    }

    [Fact]
    public async Task ASingleCharacterMatchesOnlyAsAWholeWord()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var board = await maker.ProductAsync($"{word} whiteboard", tagline: "Whiteboards for remote teams");
        var x = await maker.ProductAsync($"{word} x", tagline: "The letter x");

        Assert.Equal([x], await app.SearchIdsAsync($"{word} x"));
        Assert.Empty(await app.SearchIdsAsync($"{word} w"));
        Assert.Equal([board], await app.SearchIdsAsync($"{word} wh"));
    }

    [Fact]
    public async Task CaseAndAccentsAreIgnored()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var id = await maker.ProductAsync($"Café {word}", tagline: "Crème brûlée recipes");

        Assert.Equal([id], await app.SearchIdsAsync($"CAFE {word.ToUpperInvariant()}"));
        Assert.Equal([id], await app.SearchIdsAsync($"creme brulee {word}"));
        Assert.Equal([id], await app.SearchIdsAsync($"crème {word}"));
    }

    [Fact]
    public async Task PhraseMatchesOnlyAdjacentWordsInOrder()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var adjacent = await maker.ProductAsync($"{word} one", tagline: "Open source analytics");
        await maker.ProductAsync($"{word} two", tagline: "Analytics, open to any source");

        Assert.Equal([adjacent], await app.SearchIdsAsync($"{word} \"open source\""));
        Assert.Equal([adjacent], await app.SearchIdsAsync($"\"open source analytics\" {word}"));
        Assert.Empty(await app.SearchIdsAsync($"{word} \"source open\""));
    }

    [Fact]
    public async Task ExcludedWordsAndPhrasesRemoveProducts()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var kept = await maker.ProductAsync($"{word} kept", tagline: "Calendar for teams");
        var dropped = await maker.ProductAsync($"{word} dropped", tagline: "Calendar with reminders");

        Assert.Equal([kept], await app.SearchIdsAsync($"{word} -reminders"));
        Assert.Equal([kept], await app.SearchIdsAsync($"{word} -\"with reminders\""));
        Assert.Equal([dropped], await app.SearchIdsAsync($"{word} -team"));
        Assert.Empty(await app.SearchIdsAsync($"-{word}"));
    }

    [Fact]
    public async Task TagOperatorAndParameterFilterByTag()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var tagged = await maker.ProductAsync($"{word} tagged", tags: [$"{word}-ai", "tooling"]);
        await maker.ProductAsync($"{word} plain", tags: ["tooling"]);

        Assert.Equal([tagged], await app.SearchIdsAsync($"{word} tag:{word}-AI"));
        Assert.Equal([tagged], await app.SearchIdsAsync($"tag:{word}-ai"));
        Assert.Equal([tagged], await app.SearchIdsAsync(word, $"&tag={word}-ai"));
        Assert.Empty(await app.SearchIdsAsync($"{word} tag:{word}-ai tag:other-tag"));
    }

    [Fact]
    public async Task TagWordsAreSearchable()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var id = await maker.ProductAsync("Plain title", tags: [$"{word}-kit"]);

        Assert.Equal([id], await app.SearchIdsAsync($"{word} kit"));
    }

    [Fact]
    public async Task CategoryOperatorAndParameterFilterByCategory()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var design = await maker.ProductAsync($"{word} design", category: "design-tools");
        var saas = await maker.ProductAsync($"{word} saas", category: "saas");

        Assert.Equal([design], await app.SearchIdsAsync($"{word} category:design-tools"));
        Assert.Equal([saas], await app.SearchIdsAsync(word, "&category=saas"));
        Assert.Equal([saas, design], await app.SearchIdsAsync($"{word} category:saas category:design-tools", "&sort=new"));
        Assert.Empty(await app.SearchIdsAsync($"{word} category:saas", "&category=design-tools"));
    }

    [Fact]
    public async Task MakerOperatorFiltersByUsername()
    {
        var word = SearchData.Word();
        var alice = await app.RegisterAsync("alice");
        var bob = await app.RegisterAsync("bob");
        var mine = await alice.ProductAsync($"{word} by alice");
        await bob.ProductAsync($"{word} by bob");

        Assert.Equal([mine], await app.SearchIdsAsync($"{word} maker:{alice.Username.ToUpperInvariant()}"));
        Assert.Empty(await app.SearchIdsAsync($"{word} maker:no'such;user"));
    }

    [Fact]
    public async Task DraftScheduledArchivedAndHiddenProductsAreNeverFound()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var moderator = await app.RegisterWithRolesAsync("mod", "moderator");
        var visible = await maker.ProductAsync($"{word} visible");
        await maker.ProductAsync($"{word} draft", status: "draft");
        await maker.CreateAsync("scheduled", title: $"{word} scheduled", launchAt: DateTime.UtcNow.AddDays(3));
        var archived = await maker.ProductAsync($"{word} archived");
        await maker.EditAsync(archived, new { status = "archived" });
        var hidden = await maker.ProductAsync($"{word} hidden");
        await moderator.ResolvedAsync(await moderator.ReportAsync("product", hidden), "hide");

        Assert.Equal([visible], await app.SearchIdsAsync(word));
        Assert.Equal([visible], await app.SearchIdsAsync(word, "&sort=new"));
        Assert.Equal([visible], (await (await maker.Client.GetSearchAsync("/products", word)).ReadJsonAsync()).Ids());
    }

    [Fact]
    public async Task ResultsFollowEditsTagChangesAndHiding()
    {
        var before = SearchData.Word();
        var after = SearchData.Word();
        var tag = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var moderator = await app.RegisterWithRolesAsync("mod", "moderator");
        var id = await maker.ProductAsync($"{before} app");

        await maker.EditAsync(id, new { title = $"{after} app", description = $"Now with {tag}less sync, long enough to stay published." });
        Assert.Empty(await app.SearchIdsAsync(before));
        Assert.Equal([id], await app.SearchIdsAsync(after));

        await maker.EditAsync(id, new { tags = new[] { tag } });
        Assert.Equal([id], await app.SearchIdsAsync($"tag:{tag}"));
        Assert.Equal([id], await app.SearchIdsAsync(tag));
        await maker.EditAsync(id, new { tags = Array.Empty<string>() });
        Assert.Empty(await app.SearchIdsAsync($"tag:{tag}"));
        Assert.Empty(await app.SearchIdsAsync($"{tag} {after}"));

        await moderator.ResolvedAsync(await moderator.ReportAsync("product", id), "hide");
        Assert.Empty(await app.SearchIdsAsync(after));
    }

    [Fact]
    public async Task SortNewAndTopOrderByPublishTimeAndUpvotes()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        var voter = await app.RegisterAsync("voter");
        var first = await maker.ProductAsync($"{word} first");
        var second = await maker.ProductAsync("Second", description: $"Mentions {word} only in the description text.");
        await voter.UpvoteAsync(first);

        Assert.Equal([second, first], await app.SearchIdsAsync(word, "&sort=new"));
        Assert.Equal([first, second], await app.SearchIdsAsync(word, "&sort=top"));
        Assert.Equal([first, second], await app.SearchIdsAsync(word, "&sort=relevance"));
    }

    [Fact]
    public async Task ItemsAreProductSummaries()
    {
        var word = SearchData.Word();
        var maker = await app.RegisterAsync("searcher");
        await maker.ProductAsync($"{word} summary", tags: ["alpha"]);

        var body = await (await app.Anonymous().GetSearchAsync("/products", word)).ReadJsonAsync();

        var item = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal(["alpha"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(maker.Username, item.GetProperty("author").GetProperty("username").GetString());
        Assert.Equal("published", item.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("nextCursor").ValueKind);
    }
}
