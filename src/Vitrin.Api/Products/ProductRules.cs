using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Products;

/// <summary>The field rules and status moves of the contract, shared by create and update.</summary>
public static class ProductRules
{
    public const int MinDescriptionToPublish = 20;
    public const int MaxTags = 5;
    public static readonly TimeSpan MaxScheduleAhead = TimeSpan.FromDays(365);

    public static void Title(FieldErrors errors, string? title, bool required) => errors.Text("title", title?.Trim(), 3, 100, required);

    public static void Tagline(FieldErrors errors, string? tagline, bool required) => errors.Text("tagline", tagline?.Trim(), 3, 80, required);

    public static void Description(FieldErrors errors, string? description) => errors.Text("description", description, 0, 10_000, required: false);

    /// <summary>Normalizes tags to unique slugs; reports the index of each unusable one.</summary>
    public static List<string> Tags(FieldErrors errors, IReadOnlyList<string>? tags)
    {
        var slugs = new List<string>();
        if (tags is null)
        {
            return slugs;
        }

        for (var i = 0; i < tags.Count; i++)
        {
            var raw = tags[i];
            var slug = raw is null || raw.Length > 100 ? "" : Slugs.Tag(raw);
            if (slug.Length < Slugs.MinTagLength || slug.Length > Slugs.MaxTagLength)
            {
                errors.Add($"tags[{i}]", $"Each tag must be {Slugs.MinTagLength}–{Slugs.MaxTagLength} letters or digits.");
            }
            else if (!slugs.Contains(slug))
            {
                slugs.Add(slug);
            }
        }

        if (slugs.Count > MaxTags)
        {
            errors.Add("tags", $"At most {MaxTags} tags.");
        }

        return slugs;
    }

    public static bool CanMove(ProductStatus from, ProductStatus to) => from == to || (from, to) switch
    {
        (ProductStatus.Draft, ProductStatus.Published or ProductStatus.Scheduled) => true,
        (ProductStatus.Scheduled, ProductStatus.Draft or ProductStatus.Published) => true,
        (ProductStatus.Published, ProductStatus.Archived) => true,
        (ProductStatus.Archived, ProductStatus.Published) => true,
        _ => false,
    };

    /// <summary>Checks what the resulting product must satisfy in its target status.</summary>
    public static void Target(FieldErrors errors, ProductStatus status, string description, DateTime? launchAt, bool launchAtChanged, DateTime now)
    {
        if (status is ProductStatus.Published or ProductStatus.Scheduled && description.Trim().Length < MinDescriptionToPublish)
        {
            errors.Add("description", $"A description of at least {MinDescriptionToPublish} characters is required to publish.");
        }

        if (status == ProductStatus.Scheduled)
        {
            if (launchAt is null)
            {
                errors.Add("launchAt", "A launch time is required to schedule.");
            }
            else if (launchAtChanged && (launchAt <= now || launchAt > now + MaxScheduleAhead))
            {
                errors.Add("launchAt", "Must be in the future, within a year.");
            }
        }
        else if (launchAtChanged && launchAt is not null)
        {
            errors.Add("launchAt", "Only a scheduled product has a launch time.");
        }
    }
}
