using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Notifications;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Comments;

public sealed class CommentNotificationTests(VitrinApp app)
{
    private Task<List<(long Recipient, NotificationType Type, long? Actor)>> NoticesForAsync(long commentId) =>
        app.WithDbAsync(async db => (await db.Notifications.Where(n => n.CommentId == commentId)
            .Select(n => new { n.RecipientId, n.Type, n.ActorId, n.ProductId }).ToListAsync())
            .Select(n => (n.RecipientId, n.Type, n.ActorId)).Order().ToList());

    [Fact]
    public async Task MakerIsToldAboutACommentOnTheProduct()
    {
        var maker = await app.RegisterAsync("nmaker");
        var guest = await app.RegisterAsync("nguest");
        var product = await maker.CreateAsync();

        var comment = await guest.CommentAsync(product.Id(), "Nice!");

        Assert.Equal([(maker.Id, NotificationType.CommentOnProduct, guest.Id)], await NoticesForAsync(comment.Id()));
        var productId = await app.WithDbAsync(db => db.Notifications.Where(n => n.CommentId == comment.Id()).Select(n => n.ProductId).SingleAsync());
        Assert.Equal(product.Id(), productId);
    }

    [Fact]
    public async Task ParentAuthorIsToldAboutAReplyAndTheMakerAboutTheComment()
    {
        var maker = await app.RegisterAsync("rnmaker");
        var first = await app.RegisterAsync("rnfirst");
        var second = await app.RegisterAsync("rnsecond");
        var product = await maker.CreateAsync();
        var parent = await first.CommentAsync(product.Id(), "Question?");

        var reply = await second.CommentAsync(product.Id(), "Same question", parent.Id());
        var makerReply = await maker.CommentAsync(product.Id(), "Answer", parent.Id());

        Assert.Equal(
            [(maker.Id, NotificationType.CommentOnProduct, second.Id), (first.Id, NotificationType.ReplyToComment, second.Id)],
            (await NoticesForAsync(reply.Id())).OrderBy(n => n.Type));
        Assert.Equal([(first.Id, NotificationType.ReplyToComment, maker.Id)], await NoticesForAsync(makerReply.Id()));
    }

    [Fact]
    public async Task MakerRepliedToGetsOnlyTheReplyNotice()
    {
        var maker = await app.RegisterAsync("omaker");
        var guest = await app.RegisterAsync("oguest");
        var product = await maker.CreateAsync();
        var makersComment = await maker.CommentAsync(product.Id(), "Thanks for stopping by");

        var reply = await guest.CommentAsync(product.Id(), "Thanks for building it @" + maker.Username, makersComment.Id());

        Assert.Equal([(maker.Id, NotificationType.ReplyToComment, guest.Id)], await NoticesForAsync(reply.Id()));
    }

    [Fact]
    public async Task MentionedUsersAreToldOnceAndNobodyAboutTheirOwnComment()
    {
        var maker = await app.RegisterAsync("mnmaker");
        var guest = await app.RegisterAsync("mnguest");
        var friend = await app.RegisterAsync("mnfriend");
        var product = await maker.CreateAsync();

        var comment = await guest.CommentAsync(product.Id(),
            $"@{friend.Username} look at this, @{maker.Username} built it. Me: @{guest.Username}. Again @{friend.Username.ToUpperInvariant()}");
        var own = await maker.CommentAsync(product.Id(), $"Thanks! (talking to myself, @{maker.Username})");

        Assert.Equal(
            [(maker.Id, NotificationType.CommentOnProduct, guest.Id), (friend.Id, NotificationType.Mention, guest.Id)],
            (await NoticesForAsync(comment.Id())).OrderBy(n => n.Type));
        Assert.Empty(await NoticesForAsync(own.Id()));
    }

    [Fact]
    public async Task AnEditNotifiesOnlyNewlyMentionedUsers()
    {
        var maker = await app.RegisterAsync("edmaker");
        var guest = await app.RegisterAsync("edguest");
        var early = await app.RegisterAsync("edearly");
        var late = await app.RegisterAsync("edlate");
        var product = await maker.CreateAsync();
        var comment = await guest.CommentAsync(product.Id(), $"cc @{early.Username}");

        var response = await guest.Client.PatchAsJsonAsync($"/api/v1/comments/{comment.Id()}",
            new { body = $"cc @{early.Username} @{late.Username} @{maker.Username} @{guest.Username}" });
        await response.ReadJsonAsync();

        Assert.Equal(
            [
                (maker.Id, NotificationType.CommentOnProduct, guest.Id),
                (early.Id, NotificationType.Mention, guest.Id),
                (late.Id, NotificationType.Mention, guest.Id),
            ],
            (await NoticesForAsync(comment.Id())).OrderBy(n => n.Type).ThenBy(n => n.Recipient));
    }

    [Fact]
    public async Task RefusedCommentNotifiesNobody()
    {
        var maker = await app.RegisterAsync("rfmaker");
        var friend = await app.RegisterAsync("rffriend");
        var product = await maker.CreateAsync();
        var before = await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == maker.Id || n.RecipientId == friend.Id));

        await (await maker.Client.PostCommentAsync(product.Id(), new { body = $"@{friend.Username}", parentId = long.MaxValue })).AssertValidationErrorAsync("parentId");

        Assert.Equal(before, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == maker.Id || n.RecipientId == friend.Id)));
    }
}
