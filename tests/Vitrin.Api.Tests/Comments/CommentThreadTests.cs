using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Comments;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Upvotes;

namespace Vitrin.Api.Tests.Comments;

public sealed class CommentThreadTests(VitrinApp app)
{
    [Fact]
    public async Task RepliesNestToAnyDepth()
    {
        var maker = await app.RegisterAsync("tmaker");
        var guest = await app.RegisterAsync("tguest");
        var product = await maker.CreateAsync();
        var ids = new List<long>();
        for (var depth = 0; depth < 8; depth++)
        {
            var author = depth % 2 == 0 ? guest : maker;
            ids.Add((await author.CommentAsync(product.Id(), $"Level {depth}", depth == 0 ? null : ids[^1])).Id());
        }

        var page = await app.Anonymous().ThreadsAsync(product.Id());

        var node = Assert.Single(page.GetProperty("items").EnumerateArray());
        for (var depth = 0; depth < ids.Count; depth++)
        {
            Assert.Equal(ids[depth], node.Id());
            Assert.Equal($"Level {depth}", node.GetProperty("body").GetString());
            if (depth > 0)
            {
                Assert.Equal(ids[depth - 1], node.GetProperty("parentId").GetInt64());
            }

            node = depth < ids.Count - 1 ? Assert.Single(node.GetProperty("replies").EnumerateArray()) : node;
        }

        Assert.Equal(0, node.GetProperty("replies").GetArrayLength());
        Assert.Equal(ids.Count, await app.CommentCountAsync(product.Id()));
    }

    [Fact]
    public async Task AVeryLongChainStillAnswersWithBoundedNesting()
    {
        var maker = await app.RegisterAsync("chain");
        var product = await maker.CreateAsync();
        const int length = CommentTree.MaxNesting + 30;
        var ids = await app.WithDbAsync(async db =>
        {
            var created = new List<long>();
            for (var i = 0; i < length; i++)
            {
                var comment = new Comment
                {
                    ProductId = product.Id(), AuthorId = maker.Id, ParentId = i == 0 ? null : created[^1], Body = $"#{i}", BodyHtml = $"<p>#{i}</p>",
                    CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                };
                db.Comments.Add(comment);
                await db.SaveChangesAsync();
                created.Add(comment.Id);
            }

            return created;
        });

        var page = await app.Anonymous().ThreadsAsync(product.Id());

        var all = TestComments.Flatten(page);
        Assert.Equal(ids, all.Select(c => c.Id()).Order());
        Assert.All(all.Skip(1), c => Assert.Equal(ids[ids.IndexOf(c.Id()) - 1], c.GetProperty("parentId").GetInt64()));
        var deepest = Assert.Single(page.GetProperty("items").EnumerateArray());
        var levels = 1;
        while (deepest.GetProperty("replies").GetArrayLength() > 0)
        {
            deepest = deepest.GetProperty("replies")[0];
            levels++;
        }

        Assert.Equal(CommentTree.MaxNesting, levels);
    }

    [Fact]
    public async Task DeletedCommentWithRepliesStaysAsAPlaceholderAndALeafDisappears()
    {
        var maker = await app.RegisterAsync("phmaker");
        var guest = await app.RegisterAsync("phguest");
        var product = await maker.CreateAsync();
        var parent = await guest.CommentAsync(product.Id(), "Parent with a reply");
        var reply = await maker.CommentAsync(product.Id(), "A reply", parent.Id());
        var leaf = await guest.CommentAsync(product.Id(), "A lonely comment");
        var chainTop = await guest.CommentAsync(product.Id(), "Top of a dead chain");
        var chainBottom = await maker.CommentAsync(product.Id(), "Bottom of a dead chain", chainTop.Id());
        await app.ArrangeAsync(parent.Id(), c => c.UpvoteCount = 7);

        foreach (var (user, id) in new[] { (guest, parent.Id()), (guest, leaf.Id()), (maker, chainBottom.Id()), (guest, chainTop.Id()) })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/v1/comments/{id}")).StatusCode);
        }

        var page = await guest.Client.ThreadsAsync(product.Id());

        var placeholder = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(parent.Id(), placeholder.Id());
        Assert.True(placeholder.GetProperty("deleted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, placeholder.GetProperty("author").ValueKind);
        Assert.Equal("", placeholder.GetProperty("body").GetString());
        Assert.Equal("", placeholder.GetProperty("bodyHtml").GetString());
        Assert.Equal(0, placeholder.GetProperty("upvoteCount").GetInt32());
        var shownReply = Assert.Single(placeholder.GetProperty("replies").EnumerateArray());
        Assert.Equal(reply.Id(), shownReply.Id());
        Assert.False(shownReply.GetProperty("deleted").GetBoolean());
        Assert.Equal("A reply", shownReply.GetProperty("body").GetString());
        Assert.Equal(1, await app.CommentCountAsync(product.Id()));
        Assert.Equal(await app.CountedCommentsAsync(product.Id()), await app.CommentCountAsync(product.Id()));
    }

    [Fact]
    public async Task HiddenCommentWithRepliesIsAPlaceholderAndWithoutIsGone()
    {
        var maker = await app.RegisterAsync("hcmaker");
        var product = await maker.CreateAsync();
        var hiddenParent = await maker.CommentAsync(product.Id(), "Offensive, but answered");
        var reply = await maker.CommentAsync(product.Id(), "Polite answer", hiddenParent.Id());
        var hiddenLeaf = await maker.CommentAsync(product.Id(), "Offensive, unanswered");
        await app.ArrangeAsync(hiddenParent.Id(), c => c.Hidden = true);
        await app.ArrangeAsync(hiddenLeaf.Id(), c => c.Hidden = true);

        var page = await app.Anonymous().ThreadsAsync(product.Id());

        var placeholder = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.True(placeholder.GetProperty("deleted").GetBoolean());
        Assert.Equal("", placeholder.GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.Null, placeholder.GetProperty("author").ValueKind);
        Assert.Equal([reply.Id()], placeholder.ReplyIds());
        Assert.DoesNotContain("Offensive", page.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewerHasUpvotedIsPerViewerAndErasedAuthorsAreNull()
    {
        var maker = await app.RegisterAsync("vumaker");
        var voter = await app.RegisterAsync("vuvoter");
        var erased = await app.RegisterAsync("vuerased");
        var product = await maker.CreateAsync();
        var voted = await maker.CommentAsync(product.Id(), "Vote for me");
        var orphan = await erased.CommentAsync(product.Id(), "Soon anonymous");
        await app.WithDbAsync(async db =>
        {
            db.CommentUpvotes.Add(new CommentUpvote { CommentId = voted.Id(), UserId = voter.Id, CreatedAt = DateTime.UtcNow });
            await db.Comments.Where(c => c.Id == voted.Id()).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpvoteCount, 1));
            await db.Users.Where(u => u.Id == erased.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeletedAt, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        var asVoter = await voter.Client.ThreadsAsync(product.Id());
        var asAnonymous = await app.Anonymous().ThreadsAsync(product.Id());
        var asMaker = await maker.Client.ThreadsAsync(product.Id());

        Assert.True(TestComments.Find(asVoter, voted.Id())!.Value.GetProperty("viewerHasUpvoted").GetBoolean());
        Assert.False(TestComments.Find(asAnonymous, voted.Id())!.Value.GetProperty("viewerHasUpvoted").GetBoolean());
        Assert.False(TestComments.Find(asMaker, voted.Id())!.Value.GetProperty("viewerHasUpvoted").GetBoolean());
        Assert.Equal(1, TestComments.Find(asAnonymous, voted.Id())!.Value.GetProperty("upvoteCount").GetInt32());
        var anonymous = TestComments.Find(asAnonymous, orphan.Id())!.Value;
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("author").ValueKind);
        Assert.Equal("Soon anonymous", anonymous.GetProperty("body").GetString());
    }

    [Fact]
    public async Task ArchivedProductKeepsItsThreadsReadable()
    {
        var maker = await app.RegisterAsync("armaker");
        var product = await maker.CreateAsync();
        var comment = await maker.CommentAsync(product.Id(), "Launched!");
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id())
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, Vitrin.Api.Products.ProductStatus.Archived)));

        Assert.Equal([comment.Id()], (await app.Anonymous().ThreadsAsync(product.Id())).Ids());
    }
}
