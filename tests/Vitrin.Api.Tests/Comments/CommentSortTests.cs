using System.Text.Json;
using Vitrin.Api.Comments;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Comments;

public sealed class CommentSortTests(VitrinApp app)
{
    /// <summary>
    /// Three siblings: "old" has many upvotes but is 12 h old, "middle" is 10 h old with none,
    /// "fresh" is brand new with none. Returns their ids.
    /// </summary>
    private async Task<(long Old, long Middle, long Fresh)> ArrangeSiblingsAsync(TestUser user, long productId, long? parentId)
    {
        var old = await user.CommentAsync(productId, "Old but loved", parentId);
        var middle = await user.CommentAsync(productId, "Middle-aged, unloved", parentId);
        var fresh = await user.CommentAsync(productId, "Fresh", parentId);
        var now = DateTime.UtcNow;
        await app.ArrangeAsync(old.Id(), c => (c.CreatedAt, c.UpvoteCount) = (now.AddHours(-12), 10));
        await app.ArrangeAsync(middle.Id(), c => c.CreatedAt = now.AddHours(-10));
        return (old.Id(), middle.Id(), fresh.Id());
    }

    [Fact]
    public async Task BestNewAndOldOrderSiblingsAtEveryLevel()
    {
        var maker = await app.RegisterAsync("sorter");
        var product = await maker.CreateAsync();
        var top = await ArrangeSiblingsAsync(maker, product.Id(), null);
        var replies = await ArrangeSiblingsAsync(maker, product.Id(), top.Old);

        foreach (var (sort, expected) in new (string, Func<(long Old, long Middle, long Fresh), long[]>)[]
        {
            // best: fresh 1/2^1.5 = 0.35 > old 11/14^1.5 = 0.21 > middle 1/12^1.5 = 0.02
            ("", s => [s.Fresh, s.Old, s.Middle]),
            ("?sort=best", s => [s.Fresh, s.Old, s.Middle]),
            ("?sort=new", s => [s.Fresh, s.Middle, s.Old]),
            ("?sort=old", s => [s.Old, s.Middle, s.Fresh]),
        })
        {
            var page = await app.Anonymous().ThreadsAsync(product.Id(), sort);
            Assert.Equal(expected(top), page.Ids());
            var old = page.GetProperty("items").EnumerateArray().Single(c => c.Id() == top.Old);
            Assert.Equal(expected(replies), old.ReplyIds());
        }
    }

    [Fact]
    public async Task AWellVotedRecentCommentBeatsANewOne()
    {
        var maker = await app.RegisterAsync("bester");
        var product = await maker.CreateAsync();
        var fresh = await maker.CommentAsync(product.Id(), "Just now");
        var popular = await maker.CommentAsync(product.Id(), "Two hours, fifty votes");
        await app.ArrangeAsync(popular.Id(), c => (c.CreatedAt, c.UpvoteCount) = (DateTime.UtcNow.AddHours(-2), 50));

        Assert.Equal([popular.Id(), fresh.Id()], (await app.Anonymous().ThreadsAsync(product.Id(), "?sort=best")).Ids());
    }

    [Theory]
    [InlineData("best")]
    [InlineData("new")]
    [InlineData("old")]
    public async Task CursorPagesWalkTheTopLevelCommentsInOrder(string sort)
    {
        var maker = await app.RegisterAsync("pager");
        var product = await maker.CreateAsync();
        var now = DateTime.UtcNow;
        for (var i = 0; i < 7; i++)
        {
            var comment = await maker.CommentAsync(product.Id(), $"Top {i}");
            await maker.CommentAsync(product.Id(), $"Reply to {i}", comment.Id());
            await app.ArrangeAsync(comment.Id(), c => (c.CreatedAt, c.UpvoteCount) = (now.AddHours(-i % 3), i * 3 % 5));
        }

        var all = await app.Anonymous().ThreadsAsync(product.Id(), $"?sort={sort}&limit=100");
        var walked = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var query = $"?sort={sort}&limit=3" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await app.Anonymous().ThreadsAsync(product.Id(), query);
            Assert.All(page.GetProperty("items").EnumerateArray(), c => Assert.Single(c.GetProperty("replies").EnumerateArray()));
            walked.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(7, all.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("nextCursor").ValueKind);
        Assert.Equal(all.Ids(), walked);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task BadSortLimitOrCursorIsAValidationProblem()
    {
        var maker = await app.RegisterAsync("badq");
        var product = await maker.CreateAsync();
        await maker.CommentAsync(product.Id(), "One");
        await maker.CommentAsync(product.Id(), "Two");
        var first = await app.Anonymous().ThreadsAsync(product.Id(), "?sort=new&limit=1");
        var cursor = Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!);

        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/comments?sort=top")).AssertValidationErrorAsync("sort");
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/comments?limit=0")).AssertValidationErrorAsync("limit");
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/comments?limit=101")).AssertValidationErrorAsync("limit");
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/comments?cursor=tampered")).AssertValidationErrorAsync("cursor");
        await (await app.Anonymous().GetAsync($"/api/v1/products/{product.Id()}/comments?sort=old&cursor={cursor}")).AssertValidationErrorAsync("cursor");
        Assert.Single((await app.Anonymous().ThreadsAsync(product.Id(), $"?sort=new&limit=1&cursor={cursor}")).Ids());
    }

    [Fact]
    public void BestScoreDecaysWithAgeAndGrowsWithVotes()
    {
        var now = DateTime.UtcNow;

        Assert.Equal(1 / Math.Pow(2, 1.5), CommentTree.BestScore(0, now, now), 12);
        Assert.Equal(11 / Math.Pow(14, 1.5), CommentTree.BestScore(10, now.AddHours(-12), now), 12);
        Assert.True(CommentTree.BestScore(0, now.AddHours(-1), now) < CommentTree.BestScore(0, now, now));
        Assert.True(CommentTree.BestScore(5, now, now) > CommentTree.BestScore(4, now, now));
        // A comment created after the cursor's instant is not given a bonus for a negative age.
        Assert.Equal(CommentTree.BestScore(0, now, now), CommentTree.BestScore(0, now.AddMinutes(5), now));
    }
}
