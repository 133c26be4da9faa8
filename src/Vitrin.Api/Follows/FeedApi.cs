using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Products;

namespace Vitrin.Api.Follows;

public static class FeedApi
{
    public static RouteGroupBuilder MapFeedApi(this RouteGroupBuilder api)
    {
        api.MapGet("/feed", GetFeed).WithName("GetFeed").WithTags("Feed").RequireAuthorization()
            .ProducesValidationProblem()
            .WithSummary("Products from the makers and categories you follow, newest first")
            .WithDescription("Published, visible products whose maker you follow or whose category you follow (each product once), "
                + "ordered by publication time.");
        return api;
    }

    private static async Task<Ok<Page<ProductSummary>>> GetFeed(
        PageRequest page, VitrinDbContext db, CursorCodec cursors, ClaimsPrincipal principal, CancellationToken ct)
    {
        var me = principal.GetUserId();
        var products = db.Products.Listed().Where(p =>
            db.UserFollows.Any(f => f.FollowerId == me && f.FolloweeId == p.AuthorId)
            || db.CategoryFollows.Any(c => c.UserId == me && c.CategoryId == p.CategoryId));
        return TypedResults.Ok(await products.PageAsync(db, ProductSort.New, page, me, cursors, ct));
    }
}
