namespace Vitrin.Api.Categories;

public class Category
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string Icon { get; set; } = "";
    public string Color { get; set; } = "#6366f1";
    public int SortOrder { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class CategoryFollow
{
    public long UserId { get; set; }
    public long CategoryId { get; set; }
    public DateTime CreatedAt { get; set; }
}
