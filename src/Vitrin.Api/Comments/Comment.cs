using Vitrin.Api.Users;

namespace Vitrin.Api.Comments;

public class Comment
{
    public long Id { get; set; }
    public long ProductId { get; set; }
    public long? ParentId { get; set; }

    /// <summary>Null once the author's account is erased.</summary>
    public long? AuthorId { get; set; }
    public User? Author { get; set; }
    public string Body { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public int UpvoteCount { get; set; }
    public bool Edited { get; set; }
    public bool Deleted { get; set; }
    public bool Hidden { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
