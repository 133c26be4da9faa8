namespace Vitrin.Api.Tags;

public class Tag
{
    public long Id { get; set; }
    public required string Slug { get; set; }

    /// <summary>Published products carrying the tag, for "most used first" autocomplete.</summary>
    public int ProductCount { get; set; }
    public DateTime CreatedAt { get; set; }
}
