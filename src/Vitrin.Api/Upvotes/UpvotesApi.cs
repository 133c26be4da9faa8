namespace Vitrin.Api.Upvotes;

/// <summary>The state of one vote after a toggle: the target's count and whether the caller's vote is on.</summary>
public sealed record UpvoteResponse(int UpvoteCount, bool ViewerHasUpvoted);

/// <summary>Upvotes on products and comments: idempotent PUT (on) / DELETE (off), and who upvoted a product.</summary>
public static class UpvotesApi
{
    private const string Tag = "Upvotes";

    private const string Rules = """
        Idempotent: repeating it changes nothing and answers the same. One vote per user (the primary key decides, so
        concurrent requests cannot count twice); `upvoteCount` is the count after the change.
        """;

    private const string Weighting = """
        Votes from accounts younger than `Spam:NewAccountHours` (default 72 h) count fully in `upvoteCount` but weigh only
        `Spam:NewAccountVoteWeight` (default 0.25) in the product's trending score; a vote keeps the weight it was cast with.
        """;

    private const string CommentWeighting = """
        Every comment vote counts 1 in `upvoteCount`, whatever the voter's age: the new-account weighting
        (`Spam:NewAccountHours`, `Spam:NewAccountVoteWeight`) applies to products' trending score only.
        """;

    private const string DailyLimit = """
        Each user may cast `Spam:UpvotesPerDay` (default 200) upvotes, products and comments together, in any 24 hours;
        beyond that a new vote is 429 with `Retry-After` (repeating a vote you already cast is not a new vote).
        """;

    public static RouteGroupBuilder MapUpvotesApi(this RouteGroupBuilder api)
    {
        api.MapPut("/products/{id:long}/upvote", ProductUpvotes.UpvoteAsync).WithTags(Tag).WithName("UpvoteProduct")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Upvote a product")
            .WithDescription(Paragraphs(Rules, Weighting, DailyLimit, """
                Only listed products (published, not hidden) take votes: a product you cannot see is 404, one you can see that
                is not listed (archived, or a draft or hidden product seen by its maker or a moderator) is 409. Upvoting your own
                product is 403. The maker gets one unread `product_upvoted` notification per product, however many votes arrive.
                """));
        api.MapDelete("/products/{id:long}/upvote", ProductUpvotes.RemoveAsync).WithTags(Tag).WithName("RemoveProductUpvote")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Withdraw your upvote from a product")
            .WithDescription(Paragraphs(Rules, Weighting, """
                Works on any product you can see (an archived product's votes can still be withdrawn); 404 otherwise.
                Answers 200 with `viewerHasUpvoted: false` whether or not you had voted. Not subject to the daily limit.
                """));
        api.MapGet("/products/{id:long}/upvoters", ProductUpvotes.ListAsync).WithTags(Tag).WithName("ListProductUpvoters")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem()
            .WithSummary("Who upvoted a product, most recent vote first")
            .WithDescription(Paragraphs("""
                Page of UserSummary, keyset-paginated on (vote time, user id). Erased and banned accounts are left out, so a
                page can hold fewer people than `upvoteCount`. 404 for a product you cannot see.
                """, Weighting));
        api.MapPut("/comments/{id:long}/upvote", CommentUpvotes.UpvoteAsync).WithTags(Tag).WithName("UpvoteComment")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Upvote a comment")
            .WithDescription(Paragraphs(Rules, CommentWeighting, DailyLimit, """
                A deleted or hidden comment, or one on a product you cannot see, is 404. Upvoting your own comment is 403.
                """));
        api.MapDelete("/comments/{id:long}/upvote", CommentUpvotes.RemoveAsync).WithTags(Tag).WithName("RemoveCommentUpvote")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Withdraw your upvote from a comment")
            .WithDescription(Paragraphs(Rules, CommentWeighting, """
                Answers 200 with `viewerHasUpvoted: false` whether or not you had voted. A deleted or hidden comment, or one on a
                product you cannot see, is 404. Not subject to the daily limit.
                """));
        return api;
    }

    private static string Paragraphs(params string[] parts) => string.Join("\n\n", parts);
}
