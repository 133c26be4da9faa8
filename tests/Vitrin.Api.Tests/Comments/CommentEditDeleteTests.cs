using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Comments;

public sealed class CommentEditDeleteTests(VitrinApp app)
{
    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, long id, object body) =>
        client.PatchAsJsonAsync($"/api/v1/comments/{id}", body);

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, long id) => client.DeleteAsync($"/api/v1/comments/{id}");

    [Fact]
    public async Task AuthorEditsWithinTheWindowAndTheCommentIsMarkedEdited()
    {
        var maker = await app.RegisterAsync("emaker");
        var author = await app.RegisterAsync("eauthor");
        var product = await maker.CreateAsync();
        var comment = await author.CommentAsync(product.Id(), "Frist!");
        await app.ArrangeAsync(comment.Id(), c => c.CreatedAt = DateTime.UtcNow.AddHours(-23));

        var edited = await (await PatchAsync(author.Client, comment.Id(), new { body = " First, *actually*. " })).ReadJsonAsync();

        Assert.True(edited.GetProperty("edited").GetBoolean());
        Assert.Equal("First, *actually*.", edited.GetProperty("body").GetString());
        Assert.Equal("<p>First, <em>actually</em>.</p>", edited.GetProperty("bodyHtml").GetString());
        Assert.True(edited.GetProperty("updatedAt").GetDateTime() > edited.GetProperty("createdAt").GetDateTime());
        var shown = TestComments.Find(await app.Anonymous().ThreadsAsync(product.Id()), comment.Id())!.Value;
        Assert.True(shown.GetProperty("edited").GetBoolean());
        Assert.Equal("First, *actually*.", shown.GetProperty("body").GetString());
    }

    [Fact]
    public async Task EditingAfter24HoursIsForbidden()
    {
        var maker = await app.RegisterAsync("lmaker");
        var product = await maker.CreateAsync();
        var comment = await maker.CommentAsync(product.Id(), "Original words");
        await app.ArrangeAsync(comment.Id(), c => c.CreatedAt = DateTime.UtcNow.AddHours(-25));

        await (await PatchAsync(maker.Client, comment.Id(), new { body = "Rewritten history" })).ReadProblemAsync(403);
        var shown = TestComments.Find(await app.Anonymous().ThreadsAsync(product.Id()), comment.Id())!.Value;
        Assert.Equal("Original words", shown.GetProperty("body").GetString());
        Assert.False(shown.GetProperty("edited").GetBoolean());
    }

    [Fact]
    public async Task AuthorizationMatrixForEditing()
    {
        var maker = await app.RegisterAsync("mmaker");
        var author = await app.RegisterAsync("mauthor");
        var other = await app.RegisterAsync("mother");
        var moderator = await app.RegisterWithRolesAsync("mmod", "moderator");
        var admin = await app.RegisterWithRolesAsync("madmin", "admin");
        var product = await maker.CreateAsync();
        var comment = await author.CommentAsync(product.Id(), "Mine");

        await (await PatchAsync(app.Anonymous(), comment.Id(), new { body = "Anonymous" })).ReadProblemAsync(401);
        await (await PatchAsync(other.Client, comment.Id(), new { body = "Other" })).ReadProblemAsync(403);
        await (await PatchAsync(maker.Client, comment.Id(), new { body = "Maker" })).ReadProblemAsync(403);
        await (await PatchAsync(moderator.Client, comment.Id(), new { body = "Moderator" })).ReadProblemAsync(403);
        await (await PatchAsync(admin.Client, comment.Id(), new { body = "Admin" })).ReadProblemAsync(403);
        var edited = await (await PatchAsync(author.Client, comment.Id(), new { body = "Still mine" })).ReadJsonAsync();
        Assert.Equal("Still mine", edited.GetProperty("body").GetString());
    }

    [Fact]
    public async Task EditValidationAndMissingComments()
    {
        var maker = await app.RegisterAsync("evmaker");
        var product = await maker.CreateAsync();
        var comment = await maker.CommentAsync(product.Id(), "Valid");
        var hidden = await maker.CommentAsync(product.Id(), "Hidden");
        await app.ArrangeAsync(hidden.Id(), c => c.Hidden = true);

        foreach (var body in new object[] { new { }, new { body = "" }, new { body = " \n " }, new { body = new string('z', 5001) }, new { body = "a\u0008b" } })
        {
            await (await PatchAsync(maker.Client, comment.Id(), body)).AssertValidationErrorAsync("body");
        }

        await (await PatchAsync(maker.Client, comment.Id(), new { body = "Hi", parentId = 1 })).ReadProblemAsync(400);
        await (await PatchAsync(maker.Client, long.MaxValue, new { body = "Nobody home" })).ReadProblemAsync(404);
        await (await PatchAsync(maker.Client, hidden.Id(), new { body = "Unhide me" })).ReadProblemAsync(404);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(maker.Client, comment.Id())).StatusCode);
        await (await PatchAsync(maker.Client, comment.Id(), new { body = "Undelete me" })).ReadProblemAsync(404);
    }

    [Fact]
    public async Task AuthorizationMatrixForDeleting()
    {
        var maker = await app.RegisterAsync("xmaker");
        var author = await app.RegisterAsync("xauthor");
        var other = await app.RegisterAsync("xother");
        var moderator = await app.RegisterWithRolesAsync("xmod", "moderator");
        var admin = await app.RegisterWithRolesAsync("xadmin", "admin");
        var product = await maker.CreateAsync();
        var own = await author.CommentAsync(product.Id(), "Deleted by its author");
        var moderated = await author.CommentAsync(product.Id(), "Deleted by a moderator");
        var administered = await author.CommentAsync(product.Id(), "Deleted by an admin");

        await (await DeleteAsync(app.Anonymous(), own.Id())).ReadProblemAsync(401);
        await (await DeleteAsync(other.Client, own.Id())).ReadProblemAsync(403);
        await (await DeleteAsync(maker.Client, own.Id())).ReadProblemAsync(403);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(author.Client, own.Id())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(moderator.Client, moderated.Id())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(admin.Client, administered.Id())).StatusCode);

        Assert.Empty((await app.Anonymous().ThreadsAsync(product.Id())).GetProperty("items").EnumerateArray());
        Assert.Equal(0, await app.CommentCountAsync(product.Id()));
        var logged = await app.WithDbAsync(db => db.ModerationLog
            .Where(e => e.TargetId == moderated.Id() || e.TargetId == administered.Id() || e.TargetId == own.Id())
            .Where(e => e.TargetType == Vitrin.Api.Moderation.ReportTargetType.Comment)
            .Select(e => new { e.ModeratorId, e.Action, e.TargetId }).ToListAsync());
        Assert.Equal(2, logged.Count);
        Assert.Contains(logged, e => e.ModeratorId == moderator.Id && e.TargetId == moderated.Id() && e.Action == "delete");
        Assert.Contains(logged, e => e.ModeratorId == admin.Id && e.TargetId == administered.Id());
    }

    [Fact]
    public async Task DeletingTwiceIsNotFoundAndCountsOnce()
    {
        var maker = await app.RegisterAsync("twmaker");
        var product = await maker.CreateAsync();
        var comment = await maker.CommentAsync(product.Id(), "Once");
        await maker.CommentAsync(product.Id(), "Stays");

        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(maker.Client, comment.Id())).StatusCode);
        await (await DeleteAsync(maker.Client, comment.Id())).ReadProblemAsync(404);
        await (await DeleteAsync(maker.Client, long.MaxValue)).ReadProblemAsync(404);
        Assert.Equal(1, await app.CommentCountAsync(product.Id()));
    }

    [Fact]
    public async Task HiddenCommentCannotBeDeletedAndItsCountIsUntouched()
    {
        var maker = await app.RegisterAsync("hdmaker");
        var moderator = await app.RegisterWithRolesAsync("hdmod", "moderator");
        var product = await maker.CreateAsync();
        var comment = await maker.CommentAsync(product.Id(), "Hidden soon");
        await app.ArrangeAsync(comment.Id(), c => c.Hidden = true);
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id()).ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, 0)));

        await (await DeleteAsync(maker.Client, comment.Id())).ReadProblemAsync(404);
        await (await DeleteAsync(moderator.Client, comment.Id())).ReadProblemAsync(404);
        Assert.Equal(0, await app.CommentCountAsync(product.Id()));
    }
}
