using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Products;

public sealed class ProductUpdateTests(VitrinApp app)
{
    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, long id, object body) =>
        client.PatchAsJsonAsync($"/api/v1/products/{id}", body);

    [Fact]
    public async Task AuthorizationMatrixForEditingAPublishedProduct()
    {
        var maker = await app.RegisterAsync("owner");
        var other = await app.RegisterAsync("other");
        var moderator = await app.RegisterWithRolesAsync("mod", "moderator");
        var admin = await app.RegisterWithRolesAsync("admin", "admin");
        var product = await maker.CreateAsync();

        await (await PatchAsync(app.Anonymous(), product.Id(), new { tagline = "Anonymous" })).ReadProblemAsync(401);
        await (await PatchAsync(other.Client, product.Id(), new { tagline = "Other" })).ReadProblemAsync(403);
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(maker.Client, product.Id(), new { tagline = "Owner" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(moderator.Client, product.Id(), new { tagline = "Moderator" })).StatusCode);
        var final = await (await PatchAsync(admin.Client, product.Id(), new { tagline = "Admin" })).ReadJsonAsync();
        Assert.Equal("Admin", final.GetProperty("tagline").GetString());
    }

    [Fact]
    public async Task SomeoneElsesDraftIsNotFoundNotForbidden()
    {
        var maker = await app.RegisterAsync("drafter");
        var other = await app.RegisterAsync("snoop");
        var draft = await maker.CreateAsync(status: "draft");

        await (await PatchAsync(other.Client, draft.Id(), new { tagline = "Mine now" })).ReadProblemAsync(404);
        await (await other.Client.DeleteAsync($"/api/v1/products/{draft.Id()}")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task StatusMovesFollowTheContract()
    {
        var maker = await app.RegisterAsync("moves");
        var product = await maker.CreateAsync(status: "draft");
        var id = product.Id();

        var published = await (await PatchAsync(maker.Client, id, new { status = "published" })).ReadJsonAsync();
        var publishedAt = published.GetProperty("publishedAt").GetDateTime();
        await (await PatchAsync(maker.Client, id, new { status = "draft" })).AssertValidationErrorAsync("status");
        await (await PatchAsync(maker.Client, id, new { status = "scheduled", launchAt = DateTime.UtcNow.AddDays(1) })).AssertValidationErrorAsync("status");
        var archived = await (await PatchAsync(maker.Client, id, new { status = "archived" })).ReadJsonAsync();
        Assert.Equal("archived", archived.GetProperty("status").GetString());
        Assert.DoesNotContain(id, (await (await app.Anonymous().GetAsync($"/api/v1/products?maker={maker.Username}")).ReadJsonAsync()).Ids());
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync($"/api/v1/products/{id}")).StatusCode);
        var republished = await (await PatchAsync(maker.Client, id, new { status = "published" })).ReadJsonAsync();
        Assert.Equal(publishedAt, republished.GetProperty("publishedAt").GetDateTime());
        Assert.Contains(id, (await (await app.Anonymous().GetAsync($"/api/v1/products?maker={maker.Username}")).ReadJsonAsync()).Ids());
    }

    [Fact]
    public async Task ScheduledProductCanBeRescheduledOrTakenBack()
    {
        var maker = await app.RegisterAsync("resched");
        var product = await maker.CreateAsync(status: "scheduled", launchAt: DateTime.UtcNow.AddDays(2));

        var moved = await (await PatchAsync(maker.Client, product.Id(), new { launchAt = DateTime.UtcNow.AddDays(3) })).ReadJsonAsync();
        var draft = await (await PatchAsync(maker.Client, product.Id(), new { status = "draft" })).ReadJsonAsync();

        Assert.True(moved.GetProperty("launchAt").GetDateTime() > DateTime.UtcNow.AddDays(2.5));
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("launchAt").ValueKind);
    }

    [Fact]
    public async Task SlugIsStableOncePublished()
    {
        var maker = await app.RegisterAsync("stable");
        var draft = await maker.CreateAsync(status: "draft", title: "Working Name " + Guid.NewGuid().ToString("N")[..6]);

        var renamed = await (await PatchAsync(maker.Client, draft.Id(), new { title = "Final Name " + Guid.NewGuid().ToString("N")[..6] })).ReadJsonAsync();
        Assert.StartsWith("final-name", renamed.GetProperty("slug").GetString(), StringComparison.Ordinal);
        await PatchAsync(maker.Client, draft.Id(), new { status = "published" });
        var after = await (await PatchAsync(maker.Client, draft.Id(), new { title = "Another Name" })).ReadJsonAsync();

        Assert.Equal(renamed.GetProperty("slug").GetString(), after.GetProperty("slug").GetString());
        Assert.Equal("Another Name", after.GetProperty("title").GetString());
    }

    [Fact]
    public async Task NullClearsDemoUrlAndAbsentFieldsStay()
    {
        var maker = await app.RegisterAsync("patch");
        var product = await maker.CreateAsync();
        await PatchAsync(maker.Client, product.Id(), new { demoUrl = "https://demo.example.com" });

        var cleared = await (await PatchAsync(maker.Client, product.Id(), new { demoUrl = (string?)null })).ReadJsonAsync();

        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("demoUrl").ValueKind);
        Assert.Equal("https://example.com", cleared.GetProperty("websiteUrl").GetString());
        Assert.Equal(product.GetProperty("title").GetString(), cleared.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""{"title":null}""", "title")]
    [InlineData("""{"title":"ab"}""", "title")]
    [InlineData("""{"websiteUrl":"javascript:alert(1)"}""", "websiteUrl")]
    [InlineData("""{"websiteUrl":null}""", "websiteUrl")]
    [InlineData("""{"category":"nope"}""", "category")]
    [InlineData("""{"tags":["a"]}""", "tags[0]")]
    [InlineData("""{"description":"short"}""", "description")]
    [InlineData("""{"launchAt":"2030-01-01T00:00:00Z"}""", "launchAt")]
    [InlineData("""{"status":"deleted"}""", "status")]
    [InlineData("""{"upvoteCount":5}""", "upvoteCount")]
    public async Task InvalidPatchIsValidationProblem(string json, string field)
    {
        var maker = await app.RegisterAsync("badpatch");
        var product = await maker.CreateAsync();

        var response = await maker.Client.PatchAsync($"/api/v1/products/{product.Id()}",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task ChangingTagsAndArchivingMoveTagCounts()
    {
        var maker = await app.RegisterAsync("tagcount");
        var a = "alpha-" + Guid.NewGuid().ToString("N")[..6];
        var b = "beta-" + Guid.NewGuid().ToString("N")[..6];
        var product = await maker.CreateAsync(tags: [a]);
        Task<int> Count(string slug) => app.WithDbAsync(db => db.Tags.Where(t => t.Slug == slug).Select(t => t.ProductCount).SingleAsync());

        await PatchAsync(maker.Client, product.Id(), new { tags = new[] { b } });
        Assert.Equal((0, 1), (await Count(a), await Count(b)));
        await PatchAsync(maker.Client, product.Id(), new { status = "archived" });
        Assert.Equal(0, await Count(b));
        await maker.Client.DeleteAsync($"/api/v1/products/{product.Id()}");
        Assert.Equal(0, await Count(b));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999999999999999")]
    public async Task NonNumericIdsAreValidationProblems(string id)
    {
        var maker = await app.RegisterAsync("badid");

        await (await maker.Client.PatchAsJsonAsync($"/api/v1/products/{id}", new { tagline = "x y z" })).AssertValidationErrorAsync("id");
        await (await maker.Client.DeleteAsync($"/api/v1/products/{id}")).AssertValidationErrorAsync("id");
    }

    [Fact]
    public async Task DeleteMatrix()
    {
        var maker = await app.RegisterAsync("del");
        var other = await app.RegisterAsync("notmine");
        var admin = await app.RegisterWithRolesAsync("deladmin", "admin");
        var first = await maker.CreateAsync();
        var second = await maker.CreateAsync();

        await (await app.Anonymous().DeleteAsync($"/api/v1/products/{first.Id()}")).ReadProblemAsync(401);
        await (await other.Client.DeleteAsync($"/api/v1/products/{first.Id()}")).ReadProblemAsync(403);
        Assert.Equal(HttpStatusCode.NoContent, (await maker.Client.DeleteAsync($"/api/v1/products/{first.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Client.DeleteAsync($"/api/v1/products/{second.Id()}")).StatusCode);
        await (await app.Anonymous().GetAsync($"/api/v1/products/{first.Id()}")).ReadProblemAsync(404);
        await (await maker.Client.DeleteAsync($"/api/v1/products/{first.Id()}")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task ConcurrentEditsOfOneProductKeepTagCountsTrue()
    {
        var maker = await app.RegisterAsync("race");
        var tag = "race-" + Guid.NewGuid().ToString("N")[..6];
        var product = await maker.CreateAsync(status: "draft", tags: [tag]);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            PatchAsync(maker.Client, product.Id(), i % 2 == 0 ? new { status = "published" } : (object)new { tagline = $"Tagline {i}" })));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await app.WithDbAsync(db => db.Tags.Where(t => t.Slug == tag).Select(t => t.ProductCount).SingleAsync()));
    }
}
