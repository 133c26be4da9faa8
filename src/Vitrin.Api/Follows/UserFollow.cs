namespace Vitrin.Api.Follows;

public class UserFollow
{
    public long FollowerId { get; set; }
    public long FolloweeId { get; set; }
    public DateTime CreatedAt { get; set; }
}
