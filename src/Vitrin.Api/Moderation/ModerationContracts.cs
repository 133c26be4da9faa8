using Vitrin.Api.Users;

namespace Vitrin.Api.Moderation;

public sealed record CreateReportRequest(ReportTargetType? TargetType, long? TargetId, ReportReason? Reason, string? Note);

/// <summary>A report as its reporter sees it.</summary>
public sealed record ReportResponse(
    long Id, ReportTargetType TargetType, long TargetId, ReportReason Reason, string? Note, ReportStatus Status, DateTime CreatedAt);

/// <summary>
/// What a report points at, for the queue: a product's title, a comment's excerpt, and the account
/// behind it (the maker, the comment's author, or the reported user). <c>Hidden</c> is true once the
/// content is out of public view (hidden, deleted, banned or erased).
/// </summary>
public sealed record ReportTarget(string? Title, string? Excerpt, UserSummary? User, long? ProductId, bool Hidden);

/// <summary>A report in the moderation queue.</summary>
public sealed record QueuedReport(
    long Id,
    ReportTargetType TargetType,
    long TargetId,
    ReportReason Reason,
    string? Note,
    ReportStatus Status,
    UserSummary Reporter,
    DateTime CreatedAt,
    DateTime? ResolvedAt,
    UserSummary? ResolvedBy,
    string? ResolutionNote,
    ReportTarget? Target);

public enum ResolveAction
{
    Hide,
    Dismiss,
}

public sealed record ResolveReportRequest(ResolveAction? Action, string? Note);

public sealed record BanRequest(string? Reason);

/// <summary>GET /admin/users/{username}: the public profile plus what moderators act on (roles, ban).</summary>
public sealed record ModeratedUserResponse : ProfileResponse
{
    public ModeratedUserResponse(ProfileResponse profile, string[] roles, DateTime? bannedAt)
        : base(profile)
    {
        Roles = roles;
        BannedAt = bannedAt;
    }

    /// <summary>"user", then "admin" and/or "moderator".</summary>
    public string[] Roles { get; init; }

    /// <summary>When the account was banned; null when it is not banned.</summary>
    public DateTime? BannedAt { get; init; }
}

public sealed record ModerationLogItem(
    string Action, ReportTargetType TargetType, long TargetId, UserSummary Moderator, string? Reason, DateTime CreatedAt);
