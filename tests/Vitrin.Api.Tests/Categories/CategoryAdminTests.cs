using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Categories;

public sealed class CategoryAdminTests(VitrinApp app)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(HttpClient Client, int Status)[]> NonAdminsAsync() =>
    [
        (app.Anonymous(), 401),
        ((await app.RegisterAsync("catuser")).Client, 403),
        ((await app.RegisterWithRolesAsync("catmod", "moderator")).Client, 403),
    ];

    [Fact]
    public async Task CreatingDerivesTheSlugFromTheNameAndAnswersCreatedWithLocation()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var id = Guid.NewGuid().ToString("N")[..8];

        var response = await admin.Client.PostAsJsonAsync("/api/v1/categories", new { name = $"  Café Gadgets {id} " });

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"cafe-gadgets-{id}", created.Slug());
        Assert.Equal($"Café Gadgets {id}", created.GetProperty("name").GetString());
        Assert.Equal("", created.GetProperty("description").GetString());
        Assert.Equal("", created.GetProperty("icon").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", created.GetProperty("color").GetString());
        Assert.Equal(0, created.ProductCount());
        Assert.Equal($"/api/v1/categories/cafe-gadgets-{id}", response.Headers.Location?.OriginalString);
        var fetched = await app.Anonymous().GetCategoryAsync(created.Slug());
        Assert.Equal(created.GetProperty("id").GetInt64(), fetched.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task CreatingWithEveryFieldStoresThem()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var slug = $"hw-{Guid.NewGuid().ToString("N")[..8]}";

        var response = await admin.Client.PostAsJsonAsync("/api/v1/categories", new
        {
            slug,
            name = TestCategories.UniqueName("Hardware"),
            description = "Things you can hold.",
            icon = "cpu-2",
            color = "#AABBCC",
        });

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(slug, created.Slug());
        Assert.Equal("Things you can hold.", created.GetProperty("description").GetString());
        Assert.Equal("cpu-2", created.GetProperty("icon").GetString());
        Assert.Equal("#aabbcc", created.GetProperty("color").GetString());
        Assert.Equal("#aabbcc", (await app.Anonymous().GetCategoryAsync(slug)).GetProperty("color").GetString());
    }

    public static TheoryData<string, string> InvalidBodies() => new()
    {
        { """{}""", "name" },
        { """{"name":null}""", "name" },
        { """{"name":"A"}""", "name" },
        { """{"name":"   x  "}""", "name" },
        { $$"""{"name":"{{new string('n', 61)}}"}""", "name" },
        { """{"name":"Tab\u0001name"}""", "name" },
        { """{"name":"Valid name","slug":"a"}""", "slug" },
        { """{"name":"Valid name","slug":"Upper-Case"}""", "slug" },
        { """{"name":"Valid name","slug":"has space"}""", "slug" },
        { """{"name":"Valid name","slug":"new-line\n"}""", "slug" },
        { """{"name":"Valid name","slug":"ünicode"}""", "slug" },
        { """{"name":"Valid name","slug":"under_score"}""", "slug" },
        { $$"""{"name":"Valid name","slug":"{{new string('s', 61)}}"}""", "slug" },
        { """{"name":"ویترین"}""", "slug" },
        { """{"name":"Valid name","color":"red"}""", "color" },
        { """{"name":"Valid name","color":"#12345"}""", "color" },
        { """{"name":"Valid name","color":"#1234567"}""", "color" },
        { """{"name":"Valid name","color":"#12345g"}""", "color" },
        { """{"name":"Valid name","icon":"Rocket"}""", "icon" },
        { """{"name":"Valid name","icon":"<script>"}""", "icon" },
        { $$"""{"name":"Valid name","icon":"{{new string('i', 41)}}"}""", "icon" },
        { $$"""{"name":"Valid name","description":"{{new string('d', 501)}}"}""", "description" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task InvalidCreateIsValidationProblem(string body, string field)
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");

        var response = await admin.Client.PostAsync("/api/v1/categories", Json(body));

        await response.AssertValidationErrorAsync(field);
    }

    [Theory]
    [InlineData("""{"name":"Extra field category","sortOrder":-1}""")]
    [InlineData("""{"name":"Extra field category","productCount":5}""")]
    [InlineData("""{"name":12}""")]
    [InlineData("""[]""")]
    public async Task MalformedCreateIsRefused(string body)
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");

        var response = await admin.Client.PostAsync("/api/v1/categories", Json(body));

        await response.ReadProblemAsync(400);
        Assert.DoesNotContain((await (await app.Anonymous().GetAsync("/api/v1/categories")).ReadJsonAsync()).EnumerateArray(),
            c => c.GetProperty("name").GetString() == "Extra field category");
    }

    [Fact]
    public async Task TakenNameIgnoringCaseOrTakenSlugIsValidationProblem()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var existing = await admin.CreateCategoryAsync();
        var name = existing.GetProperty("name").GetString()!;

        var sameName = await admin.Client.PostAsJsonAsync("/api/v1/categories", new { name = name.ToUpperInvariant(), slug = $"x-{Guid.NewGuid():N}"[..20] });
        var sameSlug = await admin.Client.PostAsJsonAsync("/api/v1/categories", new { name = TestCategories.UniqueName(), slug = existing.Slug() });
        var sameDerivedSlug = await admin.Client.PostAsJsonAsync("/api/v1/categories", new { name = name.Replace(' ', '-') });

        await sameName.AssertValidationErrorAsync("name");
        await sameSlug.AssertValidationErrorAsync("slug");
        await sameDerivedSlug.AssertValidationErrorAsync("slug");
    }

    [Fact]
    public async Task OnlyAdminsCanCreate()
    {
        var name = TestCategories.UniqueName();
        foreach (var (client, status) in await NonAdminsAsync())
        {
            await (await client.PostAsJsonAsync("/api/v1/categories", new { name })).ReadProblemAsync(status);
        }

        await (await app.Anonymous().GetAsync($"/api/v1/categories/{name.ToLowerInvariant().Replace(' ', '-')}")).ReadProblemAsync(404);
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        await (await admin.Client.PostAsJsonAsync("/api/v1/categories", new { name })).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task OnlyAdminsCanUpdate()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var slug = (await admin.CreateCategoryAsync()).Slug();

        foreach (var (client, status) in await NonAdminsAsync())
        {
            await (await client.PatchAsync($"/api/v1/categories/{slug}", Json("""{"description":"hijacked"}"""))).ReadProblemAsync(status);
        }

        Assert.Equal("", (await app.Anonymous().GetCategoryAsync(slug)).GetProperty("description").GetString());
        var updated = await (await admin.Client.PatchAsync($"/api/v1/categories/{slug}", Json("""{"description":"Curated"}"""))).ReadJsonAsync();
        Assert.Equal("Curated", updated.GetProperty("description").GetString());
    }

    [Fact]
    public async Task OnlyAdminsCanDelete()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var slug = (await admin.CreateCategoryAsync()).Slug();

        foreach (var (client, status) in await NonAdminsAsync())
        {
            await (await client.DeleteAsync($"/api/v1/categories/{slug}")).ReadProblemAsync(status);
        }

        await app.Anonymous().GetCategoryAsync(slug);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Client.DeleteAsync($"/api/v1/categories/{slug}")).StatusCode);
    }

    [Fact]
    public async Task UpdatingChangesOnlyTheFieldsSent()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var created = await admin.CreateCategoryAsync();
        var slug = created.Slug();
        var newSlug = $"renamed-{Guid.NewGuid().ToString("N")[..8]}";
        var newName = TestCategories.UniqueName("Renamed");

        var first = await (await admin.Client.PatchAsync($"/api/v1/categories/{slug}", Json(
            $$"""{"slug":"{{newSlug}}","name":"{{newName}}","description":"About things","icon":"box","color":"#0F0F0F"}"""))).ReadJsonAsync();
        var empty = await (await admin.Client.PatchAsync($"/api/v1/categories/{newSlug}", Json("{}"))).ReadJsonAsync();
        var cleared = await (await admin.Client.PatchAsync($"/api/v1/categories/{newSlug}", Json("""{"description":null,"icon":null}"""))).ReadJsonAsync();

        Assert.Equal(created.GetProperty("id").GetInt64(), first.GetProperty("id").GetInt64());
        Assert.Equal(newSlug, first.Slug());
        Assert.Equal(newName, first.GetProperty("name").GetString());
        Assert.Equal("About things", first.GetProperty("description").GetString());
        Assert.Equal("box", first.GetProperty("icon").GetString());
        Assert.Equal("#0f0f0f", first.GetProperty("color").GetString());
        Assert.Equal(first.ToString(), empty.ToString());
        Assert.Equal(newName, cleared.GetProperty("name").GetString());
        Assert.Equal("", cleared.GetProperty("description").GetString());
        Assert.Equal("", cleared.GetProperty("icon").GetString());
        Assert.Equal("#0f0f0f", cleared.GetProperty("color").GetString());
        await (await app.Anonymous().GetAsync($"/api/v1/categories/{slug}")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task RenamingToTheSameNameInAnotherCaseIsAllowed()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var created = await admin.CreateCategoryAsync();
        var upper = created.GetProperty("name").GetString()!.ToUpperInvariant();

        var response = await admin.Client.PatchAsJsonAsync($"/api/v1/categories/{created.Slug()}", new { name = upper, slug = created.Slug() });

        Assert.Equal(upper, (await response.ReadJsonAsync()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("""{"name":null}""", "name")]
    [InlineData("""{"name":"x"}""", "name")]
    [InlineData("""{"slug":null}""", "slug")]
    [InlineData("""{"slug":"Not A Slug"}""", "slug")]
    [InlineData("""{"color":null}""", "color")]
    [InlineData("""{"color":"blue"}""", "color")]
    [InlineData("""{"icon":"a b"}""", "icon")]
    [InlineData("""{"name":"TAKEN"}""", "name")]
    [InlineData("""{"slug":"TAKEN"}""", "slug")]
    public async Task InvalidUpdateIsValidationProblemAndChangesNothing(string body, string field)
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var other = await admin.CreateCategoryAsync();
        var target = await admin.CreateCategoryAsync();
        body = body.Replace("\"TAKEN\"", field == "name"
            ? $"\"{other.GetProperty("name").GetString()!.ToLowerInvariant()}\""
            : $"\"{other.Slug()}\"", StringComparison.Ordinal);

        var response = await admin.Client.PatchAsync($"/api/v1/categories/{target.Slug()}", Json(body));

        await response.AssertValidationErrorAsync(field);
        Assert.Equal(target.ToString(), (await app.Anonymous().GetCategoryAsync(target.Slug())).ToString());
    }

    [Theory]
    [InlineData("""{"sortOrder":1}""")]
    [InlineData("""{"name":["x"]}""")]
    [InlineData("""null""")]
    [InlineData("""{""")]
    public async Task MalformedUpdateIsRefused(string body)
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var slug = (await admin.CreateCategoryAsync()).Slug();

        var response = await admin.Client.PatchAsync($"/api/v1/categories/{slug}", Json(body));

        await response.ReadProblemAsync(400);
    }

    [Fact]
    public async Task UpdatingOrDeletingAnUnknownCategoryIsNotFound()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");

        await (await admin.Client.PatchAsync("/api/v1/categories/no-such-category", Json("""{"description":"x"}"""))).ReadProblemAsync(404);
        await (await admin.Client.DeleteAsync("/api/v1/categories/no-such-category")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task DeletingAnUnusedCategoryRemovesItAndItsFollows()
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var created = await admin.CreateCategoryAsync();
        var id = created.GetProperty("id").GetInt64();
        var follower = await app.RegisterAsync("catfan");
        Assert.Equal(HttpStatusCode.NoContent, (await follower.Client.PutAsync($"/api/v1/categories/{created.Slug()}/follow", null)).StatusCode);

        var response = await admin.Client.DeleteAsync($"/api/v1/categories/{created.Slug()}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await app.Anonymous().GetAsync($"/api/v1/categories/{created.Slug()}")).ReadProblemAsync(404);
        Assert.Equal(0, await app.WithDbAsync(db => db.CategoryFollows.CountAsync(f => f.CategoryId == id)));
        await (await admin.Client.DeleteAsync($"/api/v1/categories/{created.Slug()}")).ReadProblemAsync(404);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("published")]
    public async Task DeletingACategoryInUseIsConflict(string status)
    {
        var admin = await app.RegisterWithRolesAsync("catadmin", "admin");
        var slug = (await admin.CreateCategoryAsync()).Slug();
        var maker = await app.RegisterAsync("catmaker");
        var product = (await maker.CreateAsync(status, slug)).Id();

        var response = await admin.Client.DeleteAsync($"/api/v1/categories/{slug}");

        await response.ReadProblemAsync(409);
        await app.Anonymous().GetCategoryAsync(slug);
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == product).ExecuteDeleteAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Client.DeleteAsync($"/api/v1/categories/{slug}")).StatusCode);
    }
}
