using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Categories;
using Vitrin.Api.Comments;
using Vitrin.Api.Content;
using Vitrin.Api.Data;
using Vitrin.Api.Follows;
using Vitrin.Api.Products;
using Vitrin.Api.Tags;
using Vitrin.Api.Upvotes;
using Vitrin.Api.Users;

namespace Vitrin.Api.Cli;

/// <summary>
/// A deterministic, idempotent demo dataset: users, products in every category and status, tags,
/// upvotes, threaded comments and follows, with every counter equal to the rows it counts.
/// Timestamps are offsets from the start of the current UTC day, so the same seed on the same day
/// gives the same rows; nothing lies in the future except scheduled launches.
/// </summary>
public sealed class DemoData(VitrinDbContext db, TimeProvider clock, IPasswordHasher<User> hasher)
{
    public const string DemoUserName = "demo_maker";
    public const string DemoPassword = "vitrin-demo-password";
    private const int UserCount = 40;
    private const int ProductCount = 120;

    private readonly MarkdownRenderer markdown = new();
    private readonly List<(Comment Reply, Comment Parent)> replies = [];
    private readonly List<(Comment Comment, User Voter, DateTime At)> commentVotes = [];

    public async Task<string> SeedAsync(int seed, CancellationToken ct)
    {
        var normalized = DemoUserName.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
        {
            return $"Demo data is already present (user {DemoUserName} exists); nothing changed.";
        }

        // A retrying execution strategy (PostgreSQL) only allows transactions it can replay whole.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(token => SeedOnceAsync(seed, token), ct);
    }

    private async Task<string> SeedOnceAsync(int seed, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        replies.Clear();
        commentVotes.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var f = new Faker("en") { Random = new Randomizer(seed) };
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var categories = await db.Categories.OrderBy(c => c.SortOrder).ToListAsync(ct);
        var users = await CreateUsersAsync(f, today, ct);
        var pool = DemoText.CategoryTags.Values.SelectMany(t => t).Concat(DemoText.GeneralTags).Select(Slugs.Tag).ToList();
        var tags = await db.Tags.Where(t => pool.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, ct);
        var takenSlugs = (await db.Products.Select(p => p.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var products = Enumerable.Range(0, ProductCount)
            .Select(i => CreateProduct(f, i, users, categories[i % categories.Count], tags, takenSlugs, today)).ToList();
        foreach (var tag in tags.Values)
        {
            tag.ProductCount += products.Count(p => p.Status == ProductStatus.Published && p.Tags.Any(t => t.Tag == tag));
        }

        db.Users.AddRange(users);
        db.Products.AddRange(products);
        await db.SaveChangesAsync(ct);

        var upvotes = products.Where(p => p.PublishedAt is not null).SelectMany(p => Upvote(f, p, users, today)).ToList();
        var comments = products.Where(p => p.PublishedAt is not null).SelectMany(p => Discuss(f, p, users, today)).ToList();
        var follows = Follow(f, users, today);
        var categoryFollows = users.Where(_ => f.Random.Bool(0.5f)).SelectMany(u => f.Random.ListItems(categories, f.Random.Int(1, 3))
            .Select(c => new CategoryFollow { UserId = u.Id, CategoryId = c.Id, CreatedAt = u.CreatedAt.AddDays(f.Random.Int(1, 30)) })).ToList();
        db.ProductUpvotes.AddRange(upvotes);
        db.UserFollows.AddRange(follows);
        db.CategoryFollows.AddRange(categoryFollows);
        db.Comments.AddRange(comments);
        await db.SaveChangesAsync(ct);

        // Comments have no parent navigation, so each reply level waits for its parents' ids.
        for (var level = replies.Where(r => r.Parent.Id != 0 && r.Reply.Id == 0).ToList(); level.Count > 0;
             level = replies.Where(r => r.Parent.Id != 0 && r.Reply.Id == 0).ToList())
        {
            level.ForEach(r => r.Reply.ParentId = r.Parent.Id);
            db.Comments.AddRange(level.Select(r => r.Reply));
            await db.SaveChangesAsync(ct);
        }

        db.CommentUpvotes.AddRange(commentVotes.Select(v => new CommentUpvote { CommentId = v.Comment.Id, UserId = v.Voter.Id, CreatedAt = v.At }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        int Count(ProductStatus s) => products.Count(p => p.Status == s);
        return $"Seeded {users.Count} users, {products.Count} products ({Count(ProductStatus.Published)} published, "
            + $"{Count(ProductStatus.Draft)} draft, {Count(ProductStatus.Scheduled)} scheduled, {Count(ProductStatus.Archived)} archived), "
            + $"{tags.Count} tags, {upvotes.Count} upvotes, {comments.Count + replies.Count} comments, {commentVotes.Count} comment upvotes, "
            + $"{follows.Count} follows, {categoryFollows.Count} category follows; sign in as {DemoUserName} / {DemoPassword}";
    }

    private async Task<List<User>> CreateUsersAsync(Faker f, DateTime today, CancellationToken ct)
    {
        var taken = (await db.Users.Select(u => u.NormalizedUserName!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var passwordHash = hasher.HashPassword(new User(), DemoPassword); // hashing is slow by design: once for all
        var users = new List<User>();
        for (var i = 0; i < UserCount; i++)
        {
            var (first, last) = (f.Name.FirstName(), f.Name.LastName());
            var (name, display) = i switch
            {
                0 => (DemoUserName, "Demo Maker"),
                < 5 => DemoText.PersianPeople[i - 1],
                _ => (UserName(f.Internet.UserName(first, last)), $"{first} {last}"),
            };
            while (!taken.Add(name.ToUpperInvariant()))
            {
                name = $"{name[..Math.Min(name.Length, 26)]}{f.Random.Int(10, 999)}";
            }

            var employed = i == 0 || f.Random.Bool(0.6f);
            var user = new User
            {
                UserName = name,
                NormalizedUserName = name.ToUpperInvariant(),
                Email = $"{name.ToLowerInvariant()}@example.com",
                NormalizedEmail = $"{name.ToUpperInvariant()}@EXAMPLE.COM",
                EmailConfirmed = true,
                PasswordHash = passwordHash,
                SecurityStamp = f.Random.Guid().ToString(),
                ConcurrencyStamp = f.Random.Guid().ToString(),
                LockoutEnabled = true,
                DisplayName = display,
                Company = employed ? f.Company.CompanyName() : null,
                JobTitle = employed ? f.Name.JobTitle() : null,
                Location = f.Random.Bool(0.7f) ? $"{f.Address.City()}, {f.Address.Country()}" : null,
                CreatedAt = today.AddDays(-f.Random.Int(70, 500)).AddSeconds(f.Random.Int(0, 86_399)),
            };
            user.Bio = i is > 0 and < 5 ? DemoText.PersianBio : string.Format(f.PickRandom(DemoText.Bios), user.JobTitle ?? "Maker", user.Company ?? "a small team", f.Hacker.Noun());
            user.Website = i == 0 || f.Random.Bool(0.4f) ? $"https://{name.ToLowerInvariant().Replace('_', '-')}.example.com" : null;
            user.Github = f.Random.Bool(0.35f) ? $"https://github.com/{name}" : null;
            users.Add(user);
        }

        return users;
    }

    private static string UserName(string raw)
    {
        var name = new string([.. raw.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]).Trim('_');
        return name.Length < 3 ? $"{name}_user" : name[..Math.Min(name.Length, 24)];
    }

    private Product CreateProduct(Faker f, int i, List<User> users, Category category, Dictionary<string, Tag> tags, HashSet<string> takenSlugs, DateTime today)
    {
        // demo_maker owns every 24th product, in every status; a few titles show the slug rules.
        var author = i % 24 == 0 ? users[0] : f.PickRandom(users.Skip(1).ToList());
        var status = i % 24 == 0
            ? new[] { ProductStatus.Published, ProductStatus.Published, ProductStatus.Draft, ProductStatus.Scheduled, ProductStatus.Archived }[i / 24]
            : f.Random.WeightedRandom([ProductStatus.Published, ProductStatus.Draft, ProductStatus.Scheduled, ProductStatus.Archived], [0.82f, 0.06f, 0.06f, 0.06f]);
        var persian = DemoText.PersianProducts.ElementAtOrDefault(i % 29 == 5 ? i / 29 : -1);
        var title = persian.Title ?? DemoText.Special.ElementAtOrDefault(i % 31 == 7 ? i / 31 : -1)
            ?? $"{f.PickRandom(DemoText.Stems)}{f.PickRandom(DemoText.Endings)}{(category.Slug == "ai-tools" && f.Random.Bool(0.3f) ? " AI" : "")}";
        var slug = Slugs.FromTitle(title);
        for (var n = 2; !takenSlugs.Add(slug); n++)
        {
            slug = Slugs.WithSuffix(Slugs.FromTitle(title), n);
        }

        var host = slug.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? slug : $"app-{i}";
        var tagline = persian.Tagline ?? f.PickRandom(DemoText.For(DemoText.Taglines, category.Slug));
        var description = persian.Description ?? Describe(f, title, tagline, category.Slug, host);
        var published = status switch
        {
            ProductStatus.Published => today.AddSeconds(-60 - (int)(59 * 86_400 * Math.Pow(f.Random.Double(), 1.4))),
            ProductStatus.Archived => today.AddDays(-f.Random.Int(35, 60)).AddSeconds(f.Random.Int(0, 86_399)),
            _ => (DateTime?)null,
        };
        var created = (published ?? today).AddSeconds(-f.Random.Int(3_600, 5 * 86_400));
        var product = new Product
        {
            Slug = slug,
            Title = title,
            Tagline = tagline,
            Description = description,
            DescriptionHtml = markdown.ToSafeHtml(description),
            WebsiteUrl = $"https://{host}.example.com",
            DemoUrl = f.Random.Bool(0.2f) ? $"https://demo.{host}.example.com" : null,
            CategoryId = category.Id,
            Author = author,
            Status = status,
            PublishedAt = published,
            CreatedAt = created,
            UpdatedAt = published ?? created,
            LaunchAt = status == ProductStatus.Scheduled ? today.AddDays(f.Random.Int(1, 10)).AddHours(f.Random.Int(0, 23)) : null,
        };
        if (status == ProductStatus.Published && (i == 1 || f.Random.Bool(0.08f)))
        {
            product.Featured = true;
            product.FeaturedAt = published!.Value.AddHours(6) < today ? published.Value.AddHours(6) : today;
        }

        var candidates = DemoText.For(DemoText.CategoryTags, category.Slug).Concat(DemoText.GeneralTags).Select(Slugs.Tag).Distinct().ToList();
        foreach (var tagSlug in f.Random.ListItems(candidates, f.Random.Int(0, 5)))
        {
            // Tags are created on first use, as the API does.
            var tag = tags.TryGetValue(tagSlug, out var known) ? known : tags[tagSlug] = new Tag { Slug = tagSlug, CreatedAt = created };
            product.Tags.Add(new ProductTag { Tag = tag });
        }

        product.SearchTags = Search.SearchText.TagText(product.Tags.Select(t => t.Tag.Slug));
        return product;
    }

    private static string Describe(Faker f, string title, string tagline, string category, string host)
    {
        var features = f.Random.ListItems(DemoText.For(DemoText.Features, category), f.Random.Int(3, 5)).Select(x => $"- {x}");
        var code = category == "developer-tools" && f.Random.Bool(0.6f) ? $"\n\n```bash\nnpx {host} init\n```" : "";
        var roadmap = f.Random.Bool(0.3f) ? "\n\n### Roadmap\n\n- [x] Public beta\n- [x] Import from CSV\n- [ ] Team workspaces" : "";
        return $"**{title}** — {tagline}. {f.PickRandom(DemoText.Why)}\n\n## What it does\n\n{string.Join('\n', features)}{code}{roadmap}\n\n"
            + $"Try it at [{host}.example.com](https://{host}.example.com) and tell us what you *really* think.";
    }

    private static List<ProductUpvote> Upvote(Faker f, Product product, List<User> users, DateTime today)
    {
        var popularity = Math.Pow(f.Random.Double(), 2.2) + (product.Featured ? 0.3 : 0);
        var voters = f.Random.ListItems(users.Where(u => u != product.Author).ToList(), (int)Math.Min(users.Count - 1, popularity * users.Count));
        var window = (today - product.PublishedAt!.Value).TotalSeconds;
        product.UpvoteCount = voters.Count;
        product.VoteWeight = voters.Count;
        product.TrendingScore = Ranking.HotScore(product.VoteWeight, product.PublishedAt.Value);
        product.ViewCount = (voters.Count * f.Random.Int(4, 15)) + f.Random.Int(3, 80);
        return [.. voters.Select(v => new ProductUpvote
        {
            ProductId = product.Id,
            UserId = v.Id,
            Weight = 1,
            CreatedAt = product.PublishedAt.Value.AddSeconds(1 + ((window - 2) * Math.Pow(f.Random.Double(), 2))),
        })];
    }

    /// <summary>Top-level comments (returned) and their replies (queued, saved once parents have ids).</summary>
    private List<Comment> Discuss(Faker f, Product product, List<User> users, DateTime today)
    {
        var persian = !product.Slug.Any(char.IsAsciiLetter);
        Comment New(User author, DateTime after, string body) => Remember(f, new Comment
        {
            ProductId = product.Id,
            AuthorId = author.Id,
            Body = body,
            BodyHtml = markdown.ToSafeHtml(body),
            CreatedAt = after.AddSeconds(60 + ((today - after).TotalSeconds * Math.Pow(f.Random.Double(), 1.5))),
        }, users, today);

        var top = Enumerable.Range(0, f.Random.Int(0, 2 + (product.UpvoteCount / 5)))
            .Select(_ => New(f.PickRandom(users), product.PublishedAt!.Value, f.PickRandom(persian ? DemoText.PersianComments : DemoText.Comments))).ToList();
        foreach (var parent in top)
        {
            for (var r = f.Random.Int(-1, 2); r > 0; r--)
            {
                var maker = f.Random.Bool(0.5f);
                var reply = New(maker ? product.Author : f.PickRandom(users), parent.CreatedAt, f.PickRandom(maker ? DemoText.MakerReplies : DemoText.Replies));
                replies.Add((reply, parent));
                if (f.Random.Bool(0.25f))
                {
                    replies.Add((New(f.PickRandom(users), reply.CreatedAt, f.PickRandom(DemoText.Replies)), reply));
                }
            }

            if (replies.Any(x => x.Parent == parent) && f.Random.Bool(0.04f))
            {
                (parent.Deleted, parent.Body, parent.BodyHtml) = (true, "", ""); // stays in the tree for its replies
            }
        }

        product.CommentCount = top.Count(c => !c.Deleted) + replies.Count(x => x.Reply.ProductId == product.Id);
        return top;
    }

    private Comment Remember(Faker f, Comment comment, List<User> users, DateTime today)
    {
        comment.UpdatedAt = comment.CreatedAt = comment.CreatedAt < today ? comment.CreatedAt : today.AddSeconds(-1);
        var voters = f.Random.ListItems(users.Where(u => u.Id != comment.AuthorId).ToList(), (int)(Math.Pow(f.Random.Double(), 2.5) * 12));
        comment.UpvoteCount = voters.Count;
        commentVotes.AddRange(voters.Select(v => (comment, v, comment.CreatedAt.AddSeconds((today - comment.CreatedAt).TotalSeconds * f.Random.Double()))));
        return comment;
    }

    private static List<UserFollow> Follow(Faker f, List<User> users, DateTime today)
    {
        var pairs = new HashSet<(long, long)>();
        var follows = new List<UserFollow>();
        foreach (var follower in users)
        {
            // Most people follow demo_maker, so its profile and feed look alive.
            var followees = f.Random.ListItems(users.Skip(1).ToList(), f.Random.Int(0, 10)).Prepend(users[0]).Where(u => u != follower);
            foreach (var followee in followees.Where(u => (u != users[0] || f.Random.Bool(0.6f)) && pairs.Add((follower.Id, u.Id))))
            {
                var since = follower.CreatedAt > followee.CreatedAt ? follower.CreatedAt : followee.CreatedAt;
                follows.Add(new UserFollow { FollowerId = follower.Id, FolloweeId = followee.Id, CreatedAt = since.AddSeconds((today - since).TotalSeconds * f.Random.Double()) });
            }
        }

        return follows;
    }
}

/// <summary>Hand-written text pools; Bogus supplies names, companies and places.</summary>
file static class DemoText
{
    public static readonly (string Name, string Display)[] PersianPeople =
        [("sara_ahmadi", "سارا احمدی"), ("reza_karimi", "رضا کریمی"), ("maryam_hosseini", "مریم حسینی"), ("ali_rezaei", "علی رضایی")];

    public const string PersianBio = "طراح محصول و سازنده‌ی ابزارهای کوچک؛ عاشق رابط‌های ساده و قهوه‌ی خوب.";

    public static readonly string[] Bios =
    [
        "{0} at {1}. Building things people want.", "{0} at {1}. Obsessed with every {2} and good coffee.",
        "Indie maker. Previously {0} at {1}.", "I ship small tools for big problems. {0} by day.",
        "Curious about every {2}. {0} at {1}.", "Designer turned developer. {0} at {1}.",
    ];

    public static readonly (string? Title, string? Tagline, string? Description)[] PersianProducts =
    [
        ("ویترین محصول", "محصول تازه‌ات را به دنیا نشان بده", "**ویترین محصول** جایی برای معرفی محصولات تازه است.\n\n- صفحه‌ی معرفی زیبا\n- نظر و رأی کاربران\n- آمار بازدید"),
        ("دفترچه هوشمند", "یادداشت‌هایی که خودشان مرتب می‌شوند", "یادداشت بنویس؛ **دفترچه هوشمند** برچسب می‌زند و خلاصه می‌کند.\n\n- جستجوی فارسی\n- همگام‌سازی امن"),
        ("نقشه‌راه", "برنامه‌ریزی محصول برای تیم‌های کوچک", "**نقشه‌راه** به تیم شما کمک می‌کند اولویت‌ها را ببیند.\n\n- [x] نسخه‌ی آزمایشی\n- [ ] برنامه‌ی تیمی"),
        ("كتاب‌خوان عربي", "کتاب‌های الکترونیکی فارسی و عربی را راحت بخوان", "کتاب‌خوانی با قلم‌های زیبا و *حالت شب*.\n\nبیشتر در [سایت ما](https://reader.example.com)."),
    ];

    // Titles that exercise the slug rules: digits only, accents.
    public static readonly string[] Special = ["1440", "Café Crème Notes", "2048", "Señor Schedule"];

    public static readonly string[] Stems =
    [
        "Pixel", "Note", "Task", "Cloud", "Data", "Code", "Mind", "Snap", "Loop", "Spark", "Orbit", "Nimbus", "Echo", "Quill", "Lumen",
        "Atlas", "Nova", "Zen", "Sprout", "Hive", "Beacon", "Prism", "Canvas", "Ship", "Stack", "Query", "Byte", "Tide", "Ember", "Focus",
    ];

    public static readonly string[] Endings =
        ["ly", "ify", "Hub", "Kit", "Base", "Desk", "Pilot", "Lens", "Forge", "Box", "Lab", "Board", "Sync", "Cast", "Stream", "Craft", "Mate", "Works"];

    public static readonly string[] Why =
    [
        "We built it after one too many late nights doing this by hand.", "It started as a weekend project and our friends would not stop using it.",
        "Existing tools were either too complex or too expensive, so we made our own.", "It is the tool we wished we had at our last job.",
        "Everything runs fast, works offline and respects your privacy.", "Launching today after eight months in private beta with 300 teams.",
    ];

    public static readonly Dictionary<string, string[]> Taglines = new()
    {
        ["ai-tools"] = ["Your AI research assistant that cites its sources", "Turn meeting recordings into action items", "Write release notes from your commits", "Chat with your documents, privately", "AI that drafts replies in your own voice", "Generate product photos from a sketch"],
        ["saas"] = ["Invoicing that freelancers actually enjoy", "Status pages your customers will trust", "Customer feedback, organized and prioritized", "Simple analytics without cookies", "The CRM for teams who hate CRMs", "Subscriptions and billing in one afternoon"],
        ["mobile-apps"] = ["A habit tracker that fits on your lock screen", "Split bills with friends, no sign-up", "Learn a language five minutes a day", "Your plants will finally survive", "Offline maps for hikers and cyclists", "A calm journal for busy minds"],
        ["design-tools"] = ["Color palettes from any photo", "Mockups in seconds, not hours", "Design tokens that stay in sync with code", "Icon sets you can customize live", "Accessible contrast checks while you design", "Turn screenshots into editable layouts"],
        ["productivity"] = ["A to-do list that plans your day for you", "Focus timer with gentle accountability", "All your notes, linked and searchable", "Calendar scheduling without the back-and-forth", "Inbox zero in ten minutes a day", "Keyboard-first launcher for everything"],
        ["developer-tools"] = ["Preview environments for every pull request", "Type-safe APIs from your database schema", "Find slow queries before your users do", "A terminal that explains its errors", "Feature flags without the vendor lock-in", "Local HTTPS for every project in one command"],
    };

    public static readonly Dictionary<string, string[]> Features = new()
    {
        ["ai-tools"] = ["Answers with links to the exact source", "Runs on your own API key", "Understands 40 languages, including Persian", "Summaries in one click", "Private by default: nothing is used for training", "Works in Slack and email"],
        ["saas"] = ["Set up in five minutes", "Stripe and PayPal built in", "Team roles and audit log", "Export everything as CSV", "EU data hosting", "Webhooks for every event"],
        ["mobile-apps"] = ["Works offline", "Home-screen widgets", "Dark mode", "Sync across iOS and Android", "No ads, ever", "Reminders that adapt to you"],
        ["design-tools"] = ["Figma plugin", "Export to SVG, PNG and CSS", "Version history", "Real-time collaboration", "WCAG contrast checks", "Keyboard shortcuts for everything"],
        ["productivity"] = ["Natural-language dates", "Keyboard-first", "Calendar integration", "Focus mode", "Weekly review", "End-to-end encryption"],
        ["developer-tools"] = ["`git push` to deploy", "CLI and REST API", "Works with GitHub Actions", "Open source core (MIT)", "Self-hostable with Docker", "OpenTelemetry traces out of the box"],
    };

    public static readonly Dictionary<string, string[]> CategoryTags = new()
    {
        ["ai-tools"] = ["AI", "Machine Learning", "LLM", "Chatbot", "Automation"],
        ["saas"] = ["SaaS", "Analytics", "Marketing", "Finance", "Customer Support"],
        ["mobile-apps"] = ["iOS", "Android", "Health", "Education", "Travel"],
        ["design-tools"] = ["Design", "Figma", "UI/UX", "Illustration", "Typography"],
        ["productivity"] = ["Notes", "Calendar", "Task Management", "Writing", "Focus"],
        ["developer-tools"] = ["Developer Tools", "API", "DevOps", "TypeScript", "Self-hosted"],
    };

    public static readonly string[] GeneralTags = ["Open Source", "Productivity", "Remote Work", "Privacy", "No-Code", "Chrome Extension"];

    public static readonly string[] Comments =
    [
        "Congrats on the launch! This is exactly what I needed last week.", "Looks great. How is this different from the big players?",
        "Just tried it: **super smooth** onboarding. One request: keyboard shortcuts, please!", "Is there a free plan for students?",
        "Love the design. What stack did you build it with?", "Does it work offline? That would make it a no-brainer for me.",
        "Upvoted! The pricing page could explain the team plan a bit better.", "We switched our whole team to this last month, zero regrets.",
        "Any plans for a self-hosted version?", "How do you handle data privacy? Is everything encrypted at rest?",
        "Impressive work for a small team. Following to see where this goes.", "Tiny bug: the export button does nothing on Safari 17.",
        "The `import` from CSV saved me an afternoon. Thank you!", "Would love an API so I can connect it to my own tools.",
        "Been waiting for something like this for years.", "Clean, fast, does one thing well. Exactly how software should be.",
    ];

    public static readonly string[] Replies =
    [
        "+1, I had the same question.", "Same here, works perfectly for me.", "I think it is on their public roadmap.",
        "Agreed, the onboarding is really well done.", "Tried it on Firefox and it works there.", "Came here to say exactly this.",
    ];

    public static readonly string[] MakerReplies =
    [
        "Thank you so much! Let us know what you think after a week of use.", "Great question: the short answer is privacy and speed. More in our FAQ.",
        "Yes! Students get the Pro plan for free, just sign up with your university email.", "Thanks for the report, a fix ships tomorrow.",
        "It is on the roadmap for next quarter. Stay tuned!", "Built with .NET and React, running on a single small server.",
    ];

    public static readonly string[] PersianComments =
    [
        "تبریک! خیلی وقت بود دنبال چنین ابزاری بودم.", "طراحی‌اش عالی است. نسخه‌ی اندروید هم دارد؟",
        "پشتیبانی از **راست‌به‌چپ** واقعاً خوب است.", "قیمت نسخه‌ی تیمی چقدر است؟",
    ];

    public static string[] For(Dictionary<string, string[]> pool, string category) =>
        pool.TryGetValue(category, out var items) ? items : pool["productivity"];
}
