using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Categories;
using Vitrin.Api.Comments;
using Vitrin.Api.Follows;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Upvotes;

namespace Vitrin.Api.Tests.Users;

/// <summary>
/// Arranges upvotes, comments, follows and account states straight in the database, for
/// features whose endpoints live elsewhere; counters are kept equal to the rows, as the API does.
/// </summary>
public static class SocialData
{
    /// <summary>A whole-second UTC instant (both providers store it exactly), unique enough per test.</summary>
    public static DateTime At(int secondsAgo) =>
        DateTime.SpecifyKind(new DateTime(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond), DateTimeKind.Utc)
            .AddSeconds(-secondsAgo);

    public static Task UpvoteAsync(this VitrinApp app, TestUser voter, long productId, DateTime at) => app.WithDbAsync(async db =>
    {
        db.ProductUpvotes.Add(new ProductUpvote { ProductId = productId, UserId = voter.Id, CreatedAt = at });
        await db.SaveChangesAsync();
        await db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpvoteCount, p => p.UpvoteCount + 1));
        return true;
    });

    public static Task<long> CommentAsync(
        this VitrinApp app, TestUser author, long productId, string body, DateTime at, bool deleted = false, bool hidden = false) =>
        app.WithDbAsync(async db =>
        {
            var comment = new Comment
            {
                ProductId = productId, AuthorId = author.Id, Body = body, BodyHtml = $"<p>{WebUtility.HtmlEncode(body)}</p>",
                Deleted = deleted, Hidden = hidden, CreatedAt = at, UpdatedAt = at,
            };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            if (!deleted && !hidden)
            {
                await db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount + 1));
            }

            return comment.Id;
        });

    public static Task FollowAsync(this VitrinApp app, TestUser follower, TestUser followee, DateTime at) => app.WithDbAsync(async db =>
    {
        db.UserFollows.Add(new UserFollow { FollowerId = follower.Id, FolloweeId = followee.Id, CreatedAt = at });
        return await db.SaveChangesAsync();
    });

    /// <summary>A category of the test's own, so lists filtered by it hold only what the test put there.</summary>
    public static Task<string> CreateCategoryAsync(this VitrinApp app) => app.WithDbAsync(async db =>
    {
        var slug = VitrinApp.UniqueName("cat").Replace('_', '-');
        db.Categories.Add(new Category { Slug = slug, Name = slug, Icon = "box", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return slug;
    });

    public static Task FollowCategoryAsync(this VitrinApp app, TestUser user, string slug) => app.WithDbAsync(async db =>
    {
        var category = await db.Categories.SingleAsync(c => c.Slug == slug);
        db.CategoryFollows.Add(new CategoryFollow { UserId = user.Id, CategoryId = category.Id, CreatedAt = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });

    public static Task SetProductAsync(this VitrinApp app, long productId, DateTime? publishedAt = null, bool? hidden = null) => app.WithDbAsync(async db =>
    {
        var product = await db.Products.SingleAsync(p => p.Id == productId);
        product.PublishedAt = publishedAt ?? product.PublishedAt;
        product.Hidden = hidden ?? product.Hidden;
        return await db.SaveChangesAsync();
    });

    public static Task BanAsync(this VitrinApp app, TestUser user) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.BannedAt, DateTime.UtcNow)));

    public static Task EraseAsync(this VitrinApp app, TestUser user) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeletedAt, DateTime.UtcNow)));

    public static Task<int> FollowRowsAsync(this VitrinApp app, long? followerId = null, long? followeeId = null) => app.WithDbAsync(db =>
        db.UserFollows.CountAsync(f => (followerId == null || f.FollowerId == followerId) && (followeeId == null || f.FolloweeId == followeeId)));

    /// <summary>
    /// Follows <c>nextCursor</c> from the first page to the last; asserts every page is full but the
    /// last and no item repeats. Returns all items in order.
    /// </summary>
    public static async Task<List<JsonElement>> WalkAsync(this HttpClient client, string path, int limit, Func<JsonElement, string> key)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 100, "The cursor walk does not end.");
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var url = $"{path}{separator}limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await (await client.GetAsync(url)).ReadJsonAsync();
            var batch = page.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(batch);
            cursor = page.GetProperty("nextCursor").GetString();
            if (cursor is null)
            {
                break;
            }

            Assert.Equal(limit, batch.Count);
        }

        Assert.Equal(items.Count, items.Select(key).Distinct().Count());
        return items;
    }

    public static string Username(this JsonElement user) => user.GetProperty("username").GetString()!;

    public static async Task<JsonElement> ProfileAsync(this VitrinApp app, string username, HttpClient? client = null) =>
        await (await (client ?? app.Anonymous()).GetAsync($"/api/v1/users/{username}")).ReadJsonAsync();

    public static async Task AssertNotFoundAsync(this HttpClient client, string path) =>
        await (await client.GetAsync(path)).ReadProblemAsync(404);

    public static string Tampered(string cursor) =>
        cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];
}
