namespace Vitrin.Api.Notifications;

public enum NotificationType
{
    CommentOnProduct,
    ReplyToComment,
    NewFollower,
    ProductUpvoted,
    FollowedMakerLaunched,
    Mention,
}

public class Notification
{
    public long Id { get; set; }
    public long RecipientId { get; set; }
    public NotificationType Type { get; set; }
    public long? ActorId { get; set; }
    public long? ProductId { get; set; }
    public long? CommentId { get; set; }

    /// <summary>Events folded into this notification (upvotes aggregate per product).</summary>
    public int EventCount { get; set; } = 1;
    public bool Read { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
