using Vitrin.Api.Tags;

namespace Vitrin.Api.Products;

public class ProductTag
{
    public long ProductId { get; set; }
    public long TagId { get; set; }
    public Tag Tag { get; set; } = null!;
}
