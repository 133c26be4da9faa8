using System.Net;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Comments;

public sealed class CommentCountTests(VitrinApp app)
{
    [Fact]
    public async Task CommentCountStaysExactUnderParallelCreatesAndDeletes()
    {
        var maker = await app.RegisterAsync("ccmaker");
        var users = new[] { maker, await app.RegisterAsync("ccone"), await app.RegisterAsync("cctwo"), await app.RegisterAsync("ccthree") };
        var product = await maker.CreateAsync();
        var root = await maker.CommentAsync(product.Id(), "Thread root");

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            var user = users[i % users.Length];
            var response = await user.Client.PostCommentAsync(product.Id(), new { body = $"Parallel {i}", parentId = i % 2 == 0 ? root.Id() : (long?)null });
            return (User: user, Comment: await response.ReadJsonAsync(HttpStatusCode.Created));
        }));

        Assert.Equal(21, await app.CommentCountAsync(product.Id()));
        Assert.Equal(await app.CountedCommentsAsync(product.Id()), await app.CommentCountAsync(product.Id()));
        var detail = await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}")).ReadJsonAsync();
        Assert.Equal(21, detail.GetProperty("commentCount").GetInt32());
        Assert.Equal(21, TestComments.Flatten(await app.Anonymous().ThreadsAsync(product.Id(), "?limit=100")).Count);

        // Each of six comments deleted twice at once: one delete wins, the other finds nothing.
        var victims = created.Take(6).ToList();
        var statuses = await Task.WhenAll(victims.Concat(victims).Select(async v =>
            (await v.User.Client.DeleteAsync($"/api/v1/comments/{v.Comment.Id()}")).StatusCode));

        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.NoContent));
        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(15, await app.CommentCountAsync(product.Id()));
        Assert.Equal(await app.CountedCommentsAsync(product.Id()), await app.CommentCountAsync(product.Id()));
    }
}
