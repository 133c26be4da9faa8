using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Caching;
using Vitrin.Api.Content;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Moderation;
using Vitrin.Api.Notifications;
using Vitrin.Api.Products;

namespace Vitrin.Api.Comments;

public static class CommentsApi
{
    /// <summary>How long after posting its author may still edit a comment.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromHours(24);

    /// <summary>The API's JSON rules, with room for <see cref="CommentTree.MaxNesting"/> levels of replies.</summary>
    private static readonly JsonSerializerOptions TreeJson = CreateTreeJson();

    public static RouteGroupBuilder MapCommentsApi(this RouteGroupBuilder api)
    {
        var threads = api.MapGroup("/products/{id:long}/comments").WithTags("Comments");
        threads.MapGet("/", List).WithName("ListComments")
            .Produces<Page<CommentResponse>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A page of a product's top-level comments, each with its full reply tree")
            .WithDescription("""
                `sort` orders siblings at every level: `best` (default) by `(upvotes + 1) / (ageHours + 2)^1.5`, a Hacker News-like
                decay that lets a new comment surface above older, better-voted ones; `new` newest first; `old` oldest first. Ties go
                to the higher (`best`, `new`) or lower (`old`) id. `limit` and `cursor` page the top-level comments only; replies
                always come complete. For `best` the cursor keeps the instant the scores were computed at, so one walk through the
                pages ranks consistently; a comment whose votes change between two page loads can still move across the cursor.
                A deleted or moderator-hidden comment that still has visible replies stays as a placeholder (`deleted: true`,
                `author: null`, empty `body` and `bodyHtml`, `upvoteCount: 0`); without visible replies it is left out. Replies nest
                at most 30 levels deep in the JSON (within the default depth limit of common JSON parsers); a deeper reply is listed
                beside its deepest shown ancestor, its `parentId` unchanged. 404 when the caller cannot see the product.
                """);
        threads.MapPost("/", Create).WithName("CreateComment").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Comment on a product, or reply to one of its comments")
            .WithDescription("""
                `body` is 1–5000 characters of Markdown (trimmed; no control characters other than newlines and tabs), rendered
                to sanitized `bodyHtml`. `parentId`, when given, must be a comment of the same product that is neither deleted nor
                hidden (else 400 on `parentId`). Only published products take comments: 404 when the caller cannot see the product,
                400 when they can but it is not published (a draft, scheduled or archived product) or it is hidden. The maker is
                notified (`comment_on_product`), the parent's author too (`reply_to_comment`; a maker replied to gets only this
                one), and users named as `@username` (`mention`), nobody twice and nobody for their own comment. New accounts
                may post a bounded number of comments per hour, and nobody twice within a few seconds: 429 with Retry-After.
                The created comment has no replies yet.
                """);

        var comments = api.MapGroup("/comments").WithTags("Comments");
        comments.MapPatch("/{id:long}", Update).WithName("UpdateComment").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Edit your comment (within 24 hours of posting)")
            .WithDescription("""
                Only the author edits a comment's text (moderators hide or delete instead): others get 403, as does the author
                more than 24 hours after posting. A deleted or hidden comment is 404. The answer has `edited: true` and an empty
                `replies` (read the thread with GET). Users newly named as `@username` by the edit are notified.
                """);
        comments.MapDelete("/{id:long}", Delete).WithName("DeleteComment").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Delete a comment (its author, or a moderator)")
            .WithDescription("""
                A soft delete: the comment leaves the product's `commentCount`, and stays in the thread as a placeholder while it
                has visible replies. Deleting an already deleted (or hidden) comment is 404. A moderator deleting someone else's
                comment is recorded in the moderation log.
                """);
        return comments;
    }

    private static async Task<Results<JsonHttpResult<Page<CommentResponse>>, CachedJson<Page<CommentResponse>>, ProblemHttpResult>> List(
        long id, string? sort, PageRequest page, ClaimsPrincipal user, VitrinDbContext db, CursorCodec cursors, PublicCache cache,
        TimeProvider clock, CancellationToken ct)
    {
        var order = QueryValues.Enum<CommentSort>(sort, "sort") ?? CommentSort.Best;
        var after = page.After<CommentTree.Position>(cursors);
        if (after is not null && after.Sort != order)
        {
            throw new QueryValidationException("cursor", "The cursor belongs to another sort order; start again from the first page.");
        }

        var viewerId = user.FindUserId();
        async Task<Page<CommentResponse>?> LoadPageAsync(VitrinDbContext db, CancellationToken token)
        {
            var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, token);
            if (product is null || !ProductsApi.CanSee(user, product))
            {
                return null;
            }

            var outline = await CommentProjections.OutlineAsync(db, id, token);
            var layout = CommentTree.Page(outline, order, after?.AsOf ?? clock.GetUtcNow().UtcDateTime, after, page.Limit);
            var rows = await CommentProjections.RowsAsync(db, layout.CommentIds, viewerId, token);
            return new Page<CommentResponse>(layout.Build(rows), layout.Next is null ? null : cursors.Encode(layout.Next));
        }

        if (viewerId is not null)
        {
            return await LoadPageAsync(db, ct) is { } mine ? TypedResults.Json(mine, TreeJson) : ProductsApi.NotFound();
        }

        // Anonymous readers share cached pages; "best" ranks with the clock, so a cached page is up to the cache's bound old.
        var cached = await cache.GetOrCreateAsync(
            $"comments:{id}:{order}:{page.Limit}:{page.Cursor}", [CacheTags.Comments(id), CacheTags.Product(id)], LoadPageAsync, ct, TreeJson);
        return cached.Json == "null" ? ProductsApi.NotFound() : cached.As<Page<CommentResponse>>();
    }

    private static async Task<Results<Created<CommentResponse>, ValidationProblem, ProblemHttpResult>> Create(
        long id, CreateCommentRequest request, ClaimsPrincipal user, VitrinDbContext db, MarkdownRenderer markdown, Notifier notifier,
        PostingLimits limits, HttpContext http, CacheInvalidation invalidation, TimeProvider clock, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !ProductsApi.CanSee(user, product))
        {
            return ProductsApi.NotFound();
        }

        if (product.Status != ProductStatus.Published || product.Hidden)
        {
            return TypedResults.Problem(title: "Only published products take comments.", statusCode: StatusCodes.Status400BadRequest);
        }

        var errors = new FieldErrors();
        var body = CommentRules.Body(errors, request.Body);
        Comment? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId, ct);
            if (parent is null || parent.ProductId != id || !CommentCounts.Counts(parent))
            {
                errors.Add("parentId", "Must be a comment on this product that is neither deleted nor hidden.");
            }
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        var actorId = user.GetUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await limits.CheckCommentAsync(actorId, ct) is { } wait)
        {
            return Problems.TooManyRequests(http, wait, "You are commenting too fast; try again later.");
        }

        var comment = new Comment
        {
            ProductId = id,
            ParentId = parent?.Id,
            AuthorId = actorId,
            Body = body!,
            BodyHtml = markdown.ToSafeHtml(body!),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Comments.Add(comment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (ConstraintViolations.IsForeignKey(e))
        {
            // The product was deleted since it was read.
            return ProductsApi.NotFound();
        }

        await CommentCounts.AdjustAsync(db, id, 1, ct);
        var notified = new HashSet<long> { actorId };
        if (parent?.AuthorId is { } parentAuthorId && notified.Add(parentAuthorId))
        {
            notifier.Notify(parentAuthorId, NotificationType.ReplyToComment, actorId, id, comment.Id);
        }

        if (notified.Add(product.AuthorId))
        {
            notifier.Notify(product.AuthorId, NotificationType.CommentOnProduct, actorId, id, comment.Id);
        }

        await notifier.MentionsAsync(comment.Body, actorId, id, comment.Id, notified, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await invalidation.ProductChangedAsync(id);
        var created = await LoadAsync(db, comment.Id, actorId, ct);
        VitrinMetrics.Comments.Add(1);
        return TypedResults.Created($"/api/v1/comments/{comment.Id}", created);
    }

    private static async Task<Results<Ok<CommentResponse>, ValidationProblem, ProblemHttpResult>> Update(
        long id, UpdateCommentRequest request, ClaimsPrincipal user, VitrinDbContext db, MarkdownRenderer markdown, Notifier notifier,
        CacheInvalidation invalidation, TimeProvider clock, CancellationToken ct)
    {
        var comment = await FindVisibleAsync(db, id, user, ct);
        if (comment is null)
        {
            return NotFound();
        }

        var actorId = user.GetUserId();
        if (comment.AuthorId != actorId)
        {
            return Forbidden("Only the author can edit a comment.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now - comment.CreatedAt > EditWindow)
        {
            return Forbidden("Comments can be edited only within 24 hours of posting.");
        }

        var errors = new FieldErrors();
        var body = CommentRules.Body(errors, request.Body);
        if (errors.Any)
        {
            return errors.Problem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The conditions again in the UPDATE itself: a delete that won the race leaves nothing to edit.
        var html = markdown.ToSafeHtml(body!);
        var updated = await db.Comments.Where(c => c.Id == id && c.AuthorId == actorId && !c.Deleted && !c.Hidden)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Body, body!)
                .SetProperty(c => c.BodyHtml, html)
                .SetProperty(c => c.Edited, true)
                .SetProperty(c => c.UpdatedAt, now), ct);
        if (updated == 0)
        {
            return NotFound();
        }

        // Only people newly mentioned by this edit, and not already told about this comment, hear about it.
        var added = Notifier.MentionedUsernames(body!).Except(Notifier.MentionedUsernames(comment.Body)).ToList();
        if (added.Count > 0)
        {
            var told = await db.Notifications.Where(n => n.CommentId == id).Select(n => n.RecipientId).ToListAsync(ct);
            await notifier.MentionsAsync(string.Join(' ', added.Select(n => "@" + n)), actorId, comment.ProductId, id, [actorId, .. told], ct);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        await invalidation.InvalidateAsync(CacheTags.Comments(comment.ProductId));
        return TypedResults.Ok(await LoadAsync(db, id, actorId, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        long id, ClaimsPrincipal user, VitrinDbContext db, CacheInvalidation invalidation, TimeProvider clock, CancellationToken ct)
    {
        var comment = await FindVisibleAsync(db, id, user, ct);
        if (comment is null)
        {
            return NotFound();
        }

        var actorId = user.GetUserId();
        var byAuthor = comment.AuthorId == actorId;
        if (!byAuthor && !ProductsApi.IsModerator(user))
        {
            return Forbidden("Only the author or a moderator can delete a comment.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The WHERE is CommentCounts.Counts in SQL: of two concurrent deletes only one changes the row and moves the count.
        var deleted = await db.Comments.Where(c => c.Id == id && !c.Deleted && !c.Hidden)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Deleted, true).SetProperty(c => c.UpdatedAt, now), ct);
        if (deleted == 0)
        {
            return NotFound();
        }

        await CommentCounts.AdjustAsync(db, comment.ProductId, -1, ct);
        if (!byAuthor)
        {
            ModerationLog.Record(db, actorId, ModerationLog.Delete, ReportTargetType.Comment, id, null, now);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        await invalidation.ProductChangedAsync(comment.ProductId);
        return TypedResults.NoContent();
    }

    /// <summary>The comment if it is neither deleted nor hidden and the caller can see its product.</summary>
    private static async Task<Comment?> FindVisibleAsync(VitrinDbContext db, long id, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await db.Comments.AsNoTracking().Where(c => c.Id == id)
            .Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new { Comment = c, Product = p })
            .FirstOrDefaultAsync(ct);
        return found is not null && CommentCounts.Counts(found.Comment) && ProductsApi.CanSee(user, found.Product) ? found.Comment : null;
    }

    private static async Task<CommentResponse> LoadAsync(VitrinDbContext db, long id, long viewerId, CancellationToken ct)
    {
        var rows = await CommentProjections.RowsAsync(db, [id], viewerId, ct);
        return rows[id].ToResponse([]);
    }

    private static JsonSerializerOptions CreateTreeJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        JsonDefaults.Configure(options);
        // Each level of replies is two levels of JSON (the comment and its replies array), plus the page around them.
        options.MaxDepth = (2 * CommentTree.MaxNesting) + 8;
        return options;
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem(title: "No such comment.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Forbidden(string title) => TypedResults.Problem(title: title, statusCode: StatusCodes.Status403Forbidden);
}
