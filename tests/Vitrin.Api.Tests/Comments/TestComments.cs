using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Comments;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Comments;

/// <summary>Posts and reads comments through the API, and arranges what the API cannot (age, votes) in the database.</summary>
internal static class TestComments
{
    public static Task<HttpResponseMessage> PostCommentAsync(this HttpClient client, long productId, object body) =>
        client.PostAsJsonAsync($"/api/v1/products/{productId}/comments", body);

    public static async Task<JsonElement> CommentAsync(this TestUser user, long productId, string body = "Congrats on the launch!", long? parentId = null)
    {
        var response = await user.Client.PostCommentAsync(productId, new { body, parentId });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> ThreadsAsync(this HttpClient client, long productId, string query = "") =>
        await (await client.GetAsync($"/api/v1/products/{productId}/comments{query}")).ReadJsonAsync();

    /// <summary>Every comment of a page, depth-first, at any depth.</summary>
    public static List<JsonElement> Flatten(JsonElement page)
    {
        var all = new List<JsonElement>();
        var stack = new Stack<JsonElement>(page.GetProperty("items").EnumerateArray().Reverse());
        while (stack.TryPop(out var comment))
        {
            all.Add(comment);
            foreach (var reply in comment.GetProperty("replies").EnumerateArray().Reverse())
            {
                stack.Push(reply);
            }
        }

        return all;
    }

    public static JsonElement? Find(JsonElement page, long id) =>
        Flatten(page).Cast<JsonElement?>().FirstOrDefault(c => c!.Value.GetProperty("id").GetInt64() == id);

    public static long[] ReplyIds(this JsonElement comment) =>
        [.. comment.GetProperty("replies").EnumerateArray().Select(r => r.Id())];

    public static Task ArrangeAsync(this VitrinApp app, long commentId, Action<Comment> change) =>
        app.WithDbAsync(async db =>
        {
            var comment = await db.Comments.FirstAsync(c => c.Id == commentId);
            change(comment);
            return await db.SaveChangesAsync();
        });

    public static Task<int> CommentCountAsync(this VitrinApp app, long productId) =>
        app.WithDbAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.CommentCount).FirstAsync());

    /// <summary>What the stored count must equal: the product's comments that are neither deleted nor hidden.</summary>
    public static Task<int> CountedCommentsAsync(this VitrinApp app, long productId) =>
        app.WithDbAsync(db => db.Comments.CountAsync(c => c.ProductId == productId && !c.Deleted && !c.Hidden));
}
