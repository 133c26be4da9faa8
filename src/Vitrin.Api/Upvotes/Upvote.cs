namespace Vitrin.Api.Upvotes;

public class ProductUpvote
{
    public long ProductId { get; set; }
    public long UserId { get; set; }

    /// <summary>How much the vote counts in the trending score (new accounts weigh less).</summary>
    public double Weight { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
}

public class CommentUpvote
{
    public long CommentId { get; set; }
    public long UserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
