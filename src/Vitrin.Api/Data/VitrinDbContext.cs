using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Vitrin.Api.Auth;
using Vitrin.Api.Categories;
using Vitrin.Api.Comments;
using Vitrin.Api.Follows;
using Vitrin.Api.Moderation;
using Vitrin.Api.Notifications;
using Vitrin.Api.Products;
using Vitrin.Api.Tags;
using Vitrin.Api.Upvotes;
using Vitrin.Api.Users;

namespace Vitrin.Api.Data;

/// <summary>
/// The one database context. Each provider has a subclass only so that it can own its
/// migrations (SQLite and PostgreSQL differ in column types); the model is the same.
/// </summary>
public abstract class VitrinDbContext(DbContextOptions options)
    : IdentityDbContext<User, IdentityRole<long>, long>(options)
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<CategoryFollow> CategoryFollows => Set<CategoryFollow>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductMedia> ProductMedia => Set<ProductMedia>();
    public DbSet<ProductAward> ProductAwards => Set<ProductAward>();
    public DbSet<ProductView> ProductViews => Set<ProductView>();
    public DbSet<ProductTag> ProductTags => Set<ProductTag>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<ProductUpvote> ProductUpvotes => Set<ProductUpvote>();
    public DbSet<CommentUpvote> CommentUpvotes => Set<CommentUpvote>();
    public DbSet<UserFollow> UserFollows => Set<UserFollow>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ModerationLogEntry> ModerationLog => Set<ModerationLogEntry>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<EmailToken> EmailTokens => Set<EmailToken>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityModel.Configure(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VitrinDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as the same snake_case strings the API speaks.
        configurationBuilder.Properties<ProductStatus>().HaveConversion<SnakeCaseEnumConverter<ProductStatus>>().HaveMaxLength(20);
        configurationBuilder.Properties<AwardPeriod>().HaveConversion<SnakeCaseEnumConverter<AwardPeriod>>().HaveMaxLength(10);
        configurationBuilder.Properties<NotificationType>().HaveConversion<SnakeCaseEnumConverter<NotificationType>>().HaveMaxLength(40);
        configurationBuilder.Properties<ReportTargetType>().HaveConversion<SnakeCaseEnumConverter<ReportTargetType>>().HaveMaxLength(20);
        configurationBuilder.Properties<ReportReason>().HaveConversion<SnakeCaseEnumConverter<ReportReason>>().HaveMaxLength(20);
        configurationBuilder.Properties<EmailTokenPurpose>().HaveConversion<SnakeCaseEnumConverter<EmailTokenPurpose>>().HaveMaxLength(20);
        configurationBuilder.Properties<ReportStatus>().HaveConversion<SnakeCaseEnumConverter<ReportStatus>>().HaveMaxLength(20);
    }
}

/// <summary>Stores enums under their API names: <c>FollowedMakerLaunched</c> → <c>followed_maker_launched</c>.</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    v => Infrastructure.QueryValues.SnakeName(v),
    v => Enum.Parse<TEnum>(v.Replace("_", ""), true))
    where TEnum : struct, Enum;

public sealed class SqliteVitrinDbContext(DbContextOptions<SqliteVitrinDbContext> options) : VitrinDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no time zone type: values are stored as UTC text and read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class PostgresVitrinDbContext(DbContextOptions<PostgresVitrinDbContext> options) : VitrinDbContext(options);

public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
