namespace Vitrin.Api.Moderation;

public enum ReportTargetType
{
    Product,
    Comment,
    User,
}

public enum ReportReason
{
    Spam,
    Offensive,
    OffTopic,
    Other,
}

public enum ReportStatus
{
    Open,
    Hidden,
    Dismissed,
}

public class Report
{
    public long Id { get; set; }
    public long ReporterId { get; set; }
    public ReportTargetType TargetType { get; set; }
    public long TargetId { get; set; }
    public ReportReason Reason { get; set; }
    public string? Note { get; set; }
    public ReportStatus Status { get; set; }
    public long? ResolvedById { get; set; }
    public string? ResolutionNote { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class ModerationLogEntry
{
    public long Id { get; set; }
    public long ModeratorId { get; set; }

    /// <summary>e.g. hide, dismiss, feature, unfeature, ban, unban, grant_role, revoke_role.</summary>
    public required string Action { get; set; }
    public ReportTargetType TargetType { get; set; }
    public long TargetId { get; set; }
    public string? Reason { get; set; }
    public DateTime CreatedAt { get; set; }
}
