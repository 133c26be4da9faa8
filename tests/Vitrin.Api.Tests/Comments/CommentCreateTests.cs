using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Comments;

public sealed class CommentCreateTests(VitrinApp app)
{
    [Fact]
    public async Task CommentingAnswers201WithTheCommentAndCountsIt()
    {
        var maker = await app.RegisterAsync("cmaker");
        var commenter = await app.RegisterAsync("commenter");
        var product = await maker.CreateAsync();

        var response = await commenter.Client.PostCommentAsync(product.Id(), new { body = "  Love the **dark mode**!\n" });
        var comment = await response.ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal($"/api/v1/comments/{comment.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal(product.Id(), comment.GetProperty("productId").GetInt64());
        Assert.Equal(JsonValueKind.Null, comment.GetProperty("parentId").ValueKind);
        Assert.Equal(commenter.Username, comment.GetProperty("author").GetProperty("username").GetString());
        Assert.Equal("Love the **dark mode**!", comment.GetProperty("body").GetString());
        Assert.Equal("<p>Love the <strong>dark mode</strong>!</p>", comment.GetProperty("bodyHtml").GetString());
        Assert.Equal(0, comment.GetProperty("upvoteCount").GetInt32());
        Assert.False(comment.GetProperty("viewerHasUpvoted").GetBoolean());
        Assert.False(comment.GetProperty("edited").GetBoolean());
        Assert.False(comment.GetProperty("deleted").GetBoolean());
        Assert.Equal(0, comment.GetProperty("replies").GetArrayLength());
        Assert.EndsWith("Z", comment.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        var detail = await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}")).ReadJsonAsync();
        Assert.Equal(1, detail.GetProperty("commentCount").GetInt32());
        var threads = await app.Anonymous().ThreadsAsync(product.Id());
        Assert.Equal([comment.Id()], threads.Ids());
    }

    [Fact]
    public async Task ReplyingNamesTheParent()
    {
        var maker = await app.RegisterAsync("rmaker");
        var product = await maker.CreateAsync();
        var parent = await maker.CommentAsync(product.Id(), "Ask me anything");
        var replier = await app.RegisterAsync("replier");

        var reply = await replier.CommentAsync(product.Id(), "How do you price it?", parent.Id());

        Assert.Equal(parent.Id(), reply.GetProperty("parentId").GetInt64());
        var threads = await app.Anonymous().ThreadsAsync(product.Id());
        Assert.Equal([reply.Id()], Assert.Single(threads.GetProperty("items").EnumerateArray()).ReplyIds());
        Assert.Equal(2, await app.CommentCountAsync(product.Id()));
    }

    [Fact]
    public async Task AnonymousCommentIsUnauthorized()
    {
        var maker = await app.RegisterAsync("amaker");
        var product = await maker.CreateAsync();

        await (await app.Anonymous().PostCommentAsync(product.Id(), new { body = "Hi" })).ReadProblemAsync(401);
    }

    [Fact]
    public async Task InvalidBodiesAreValidationProblems()
    {
        var maker = await app.RegisterAsync("vmaker");
        var product = await maker.CreateAsync();
        object[] bodies =
        [
            new { },
            new { body = (string?)null },
            new { body = "" },
            new { body = "   \n\t  " },
            new { body = new string('x', 5001) },
            new { body = "bell\u0007" },
            new { body = "nul\u0000byte" },
            new { body = "escape \u001b[31m red" },
        ];

        foreach (var body in bodies)
        {
            await (await maker.Client.PostCommentAsync(product.Id(), body)).AssertValidationErrorAsync("body");
        }

        Assert.Equal(0, await app.CommentCountAsync(product.Id()));
    }

    [Fact]
    public async Task BodyOfExactly5000CharactersWithNewlinesAndTabsIsAccepted()
    {
        var maker = await app.RegisterAsync("longmaker");
        var product = await maker.CreateAsync();
        var body = "line\n\tindented\r\n" + new string('y', 5000 - 16);

        var comment = await maker.CommentAsync(product.Id(), body);

        Assert.Equal(5000, comment.GetProperty("body").GetString()!.Length);
    }

    [Fact]
    public async Task UnknownOrWronglyTypedPropertiesAreRefused()
    {
        var maker = await app.RegisterAsync("massmaker");
        var product = await maker.CreateAsync();

        await (await maker.Client.PostCommentAsync(product.Id(), new { body = "Hi", authorId = 1 })).ReadProblemAsync(400);
        await (await maker.Client.PostCommentAsync(product.Id(), new { body = "Hi", upvoteCount = 99 })).ReadProblemAsync(400);
        await (await maker.Client.PostCommentAsync(product.Id(), new { body = "Hi", parentId = "one" })).ReadProblemAsync(400);
        await (await maker.Client.PostCommentAsync(product.Id(), new { body = 42 })).ReadProblemAsync(400);
    }

    [Fact]
    public async Task ParentFromAnotherProductIsRefused()
    {
        var maker = await app.RegisterAsync("pmaker");
        var first = await maker.CreateAsync();
        var second = await maker.CreateAsync();
        var elsewhere = await maker.CommentAsync(first.Id(), "On the first product");

        await (await maker.Client.PostCommentAsync(second.Id(), new { body = "Reply", parentId = elsewhere.Id() })).AssertValidationErrorAsync("parentId");
        Assert.Equal(0, await app.CommentCountAsync(second.Id()));
    }

    [Fact]
    public async Task UnknownDeletedOrHiddenParentIsRefused()
    {
        var maker = await app.RegisterAsync("gmaker");
        var product = await maker.CreateAsync();
        var deleted = await maker.CommentAsync(product.Id(), "Soon gone");
        var hidden = await maker.CommentAsync(product.Id(), "Soon hidden");
        await maker.Client.DeleteAsync($"/api/v1/comments/{deleted.Id()}");
        await app.ArrangeAsync(hidden.Id(), c => c.Hidden = true);

        foreach (var parentId in new[] { long.MaxValue, -1, deleted.Id(), hidden.Id() })
        {
            await (await maker.Client.PostCommentAsync(product.Id(), new { body = "Reply", parentId })).AssertValidationErrorAsync("parentId");
        }
    }

    [Fact]
    public async Task UnknownProductIsNotFound()
    {
        var user = await app.RegisterAsync("nomaker");

        await (await user.Client.PostCommentAsync(long.MaxValue, new { body = "Hello?" })).ReadProblemAsync(404);
        await (await app.Anonymous().GetAsync($"/api/v1/products/{long.MaxValue}/comments")).ReadProblemAsync(404);
    }

    [Fact]
    public async Task SomeoneElsesDraftIsNotFoundAndYourOwnUnpublishedProductTakesNoComments()
    {
        var maker = await app.RegisterAsync("dmaker");
        var other = await app.RegisterAsync("dother");
        var draft = await maker.CreateAsync(status: "draft");
        var archived = await maker.CreateAsync();
        (await maker.Client.PatchAsJsonAsync($"/api/v1/products/{archived.Id()}", new { status = "archived" })).EnsureSuccessStatusCode();

        await (await other.Client.PostCommentAsync(draft.Id(), new { body = "Sneak peek" })).ReadProblemAsync(404);
        await (await other.Client.GetAsync($"/api/v1/products/{draft.Id()}/comments")).ReadProblemAsync(404);
        await (await maker.Client.PostCommentAsync(draft.Id(), new { body = "Note to self" })).ReadProblemAsync(400);
        await (await other.Client.PostCommentAsync(archived.Id(), new { body = "Too late" })).ReadProblemAsync(400);
        Assert.Equal(0, (await app.Anonymous().ThreadsAsync(archived.Id())).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task HiddenProductTakesNoCommentsAndShowsNoThreads()
    {
        var maker = await app.RegisterAsync("hmaker");
        var other = await app.RegisterAsync("hother");
        var product = await maker.CreateAsync();
        await other.CommentAsync(product.Id(), "Before it was hidden");
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id()).ExecuteUpdateAsync(s => s.SetProperty(p => p.Hidden, true)));

        await (await other.Client.PostCommentAsync(product.Id(), new { body = "After" })).ReadProblemAsync(404);
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/comments")).ReadProblemAsync(404);
    }
}
