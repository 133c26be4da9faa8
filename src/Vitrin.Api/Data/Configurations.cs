using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>, IEntityTypeConfiguration<CategoryFollow>
{
    public void Configure(EntityTypeBuilder<Category> e)
    {
        e.HasIndex(c => c.Slug).IsUnique();
        e.HasIndex(c => c.Name).IsUnique();
        e.Property(c => c.Slug).HasMaxLength(60);
        e.Property(c => c.Name).HasMaxLength(60);
        e.Property(c => c.Description).HasMaxLength(500);
        e.Property(c => c.Icon).HasMaxLength(40);
        e.Property(c => c.Color).HasMaxLength(7);
    }

    public void Configure(EntityTypeBuilder<CategoryFollow> e)
    {
        e.HasKey(f => new { f.UserId, f.CategoryId });
        e.HasIndex(f => f.CategoryId);
        e.HasOne<User>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Category>().WithMany().HasForeignKey(f => f.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> e)
    {
        e.HasIndex(p => p.Slug).IsUnique();
        e.Property(p => p.Slug).HasMaxLength(120);
        e.Property(p => p.Title).HasMaxLength(100);
        e.Property(p => p.Tagline).HasMaxLength(80);
        e.Property(p => p.Description).HasMaxLength(10_000);
        e.Property(p => p.WebsiteUrl).HasMaxLength(2048);
        e.Property(p => p.DemoUrl).HasMaxLength(2048);
        e.Property(p => p.LogoPath).HasMaxLength(300);
        e.Property(p => p.ThumbnailPath).HasMaxLength(300);
        e.Property(p => p.SearchTags).HasMaxLength(200);

        // One index per list order, so a first page is an index range scan.
        e.HasIndex(p => new { p.Status, p.Hidden, p.TrendingScore, p.Id }).IsDescending(false, false, true, true);
        e.HasIndex(p => new { p.Status, p.Hidden, p.PublishedAt, p.Id }).IsDescending(false, false, true, true);
        e.HasIndex(p => new { p.Status, p.Hidden, p.UpvoteCount, p.Id }).IsDescending(false, false, true, true);
        e.HasIndex(p => new { p.CategoryId, p.Status, p.PublishedAt });
        e.HasIndex(p => new { p.AuthorId, p.Status, p.CreatedAt });
        e.HasIndex(p => new { p.Status, p.LaunchAt });
        e.HasIndex(p => new { p.Featured, p.Status, p.FeaturedAt });

        e.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.ProductId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Media).WithOne().HasForeignKey(m => m.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProductPartsConfiguration :
    IEntityTypeConfiguration<ProductMedia>, IEntityTypeConfiguration<ProductTag>, IEntityTypeConfiguration<Tag>,
    IEntityTypeConfiguration<ProductAward>, IEntityTypeConfiguration<ProductView>
{
    public void Configure(EntityTypeBuilder<ProductMedia> e)
    {
        e.HasIndex(m => new { m.ProductId, m.Position });
        e.Property(m => m.Path).HasMaxLength(300);
        e.Property(m => m.ThumbnailPath).HasMaxLength(300);
        e.Property(m => m.Alt).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<ProductTag> e)
    {
        e.HasKey(t => new { t.ProductId, t.TagId });
        e.HasIndex(t => t.TagId);
        e.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Tag> e)
    {
        e.HasIndex(t => t.Slug).IsUnique();
        e.HasIndex(t => t.ProductCount);
        e.Property(t => t.Slug).HasMaxLength(30);
    }

    public void Configure(EntityTypeBuilder<ProductAward> e)
    {
        e.HasIndex(a => new { a.Period, a.PeriodStart, a.Rank }).IsUnique();
        e.HasIndex(a => a.ProductId);
        e.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ProductView> e)
    {
        e.HasKey(v => new { v.ProductId, v.ViewerKey });
        e.HasIndex(v => v.ViewedAt);
        e.Property(v => v.ViewerKey).HasMaxLength(64);
        e.HasOne<Product>().WithMany().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> e)
    {
        e.HasIndex(c => new { c.ProductId, c.CreatedAt });
        e.HasIndex(c => c.ParentId);
        e.HasIndex(c => new { c.AuthorId, c.CreatedAt });
        e.Property(c => c.Body).HasMaxLength(5_000);
        e.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EngagementConfiguration :
    IEntityTypeConfiguration<ProductUpvote>, IEntityTypeConfiguration<CommentUpvote>, IEntityTypeConfiguration<UserFollow>
{
    public void Configure(EntityTypeBuilder<ProductUpvote> e)
    {
        // The primary key is the "one upvote per user per product" rule.
        e.HasKey(u => new { u.ProductId, u.UserId });
        e.HasIndex(u => new { u.UserId, u.CreatedAt });
        // The upvoters list: a product's votes, most recent first.
        e.HasIndex(u => new { u.ProductId, u.CreatedAt, u.UserId });
        e.HasOne<Product>().WithMany().HasForeignKey(u => u.ProductId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<User>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CommentUpvote> e)
    {
        e.HasKey(u => new { u.CommentId, u.UserId });
        e.HasIndex(u => new { u.UserId, u.CreatedAt });
        e.HasOne<Comment>().WithMany().HasForeignKey(u => u.CommentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<User>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<UserFollow> e)
    {
        e.HasKey(f => new { f.FollowerId, f.FolloweeId });
        e.HasIndex(f => new { f.FolloweeId, f.CreatedAt });
        e.HasIndex(f => new { f.FollowerId, f.CreatedAt });
        e.ToTable(t => t.HasCheckConstraint("ck_user_follows_not_self", "follower_id <> followee_id"));
        e.HasOne<User>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<User>().WithMany().HasForeignKey(f => f.FolloweeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.HasIndex(n => new { n.RecipientId, n.Id }).IsDescending(false, true);
        e.HasIndex(n => new { n.RecipientId, n.Read, n.Type, n.ProductId });
        e.HasOne<User>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<User>().WithMany().HasForeignKey(n => n.ActorId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Product>().WithMany().HasForeignKey(n => n.ProductId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Comment>().WithMany().HasForeignKey(n => n.CommentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ModerationConfiguration : IEntityTypeConfiguration<Report>, IEntityTypeConfiguration<ModerationLogEntry>
{
    public void Configure(EntityTypeBuilder<Report> e)
    {
        e.HasIndex(r => new { r.Status, r.Id });
        e.HasIndex(r => new { r.TargetType, r.TargetId });
        e.HasIndex(r => new { r.ReporterId, r.TargetType, r.TargetId }).IsUnique();
        e.Property(r => r.Note).HasMaxLength(1000);
        e.Property(r => r.ResolutionNote).HasMaxLength(1000);
        e.HasOne<User>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<User>().WithMany().HasForeignKey(r => r.ResolvedById).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<ModerationLogEntry> e)
    {
        e.ToTable("moderation_log");
        e.HasIndex(l => l.CreatedAt);
        e.Property(l => l.Action).HasMaxLength(30);
        e.Property(l => l.Reason).HasMaxLength(1000);
        e.HasOne<User>().WithMany().HasForeignKey(l => l.ModeratorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> e)
    {
        e.HasIndex(t => t.TokenHash).IsUnique();
        e.HasIndex(t => t.FamilyId);
        e.HasIndex(t => t.UserId);
        e.Property(t => t.TokenHash).HasMaxLength(64);
        e.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
