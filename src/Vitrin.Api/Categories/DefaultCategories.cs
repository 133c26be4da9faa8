namespace Vitrin.Api.Categories;

/// <summary>The categories every new installation starts with (icons are lucide names).</summary>
public static class DefaultCategories
{
    public static IEnumerable<Category> Create(DateTime now) =>
    [
        New(1, "ai-tools", "AI Tools", "Assistants, models and tools built on machine learning.", "sparkles", "#8b5cf6", now),
        New(2, "saas", "SaaS", "Software you subscribe to and run in the browser.", "cloud", "#0ea5e9", now),
        New(3, "mobile-apps", "Mobile Apps", "Apps for iOS and Android.", "smartphone", "#10b981", now),
        New(4, "design-tools", "Design Tools", "Tools for designers: UI, graphics, prototyping.", "palette", "#f43f5e", now),
        New(5, "productivity", "Productivity", "Get more done: notes, tasks, calendars and focus.", "zap", "#f59e0b", now),
        New(6, "developer-tools", "Developer Tools", "Libraries, APIs and tools for software developers.", "code", "#6366f1", now),
    ];

    private static Category New(int order, string slug, string name, string description, string icon, string color, DateTime now) =>
        new() { Slug = slug, Name = name, Description = description, Icon = icon, Color = color, SortOrder = order, CreatedAt = now };
}
