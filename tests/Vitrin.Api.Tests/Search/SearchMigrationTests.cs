using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vitrin.Api.Data;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Search;

/// <summary>Products that exist before the AddSearch migration are searchable after it, tags included.</summary>
public sealed class SearchMigrationTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private VitrinDbContext Context() => _database.ConnectionString is { } postgres
        ? new PostgresVitrinDbContext(new DbContextOptionsBuilder<PostgresVitrinDbContext>().UseNpgsql(postgres).UseSnakeCaseNamingConvention().Options)
        : new SqliteVitrinDbContext(new DbContextOptionsBuilder<SqliteVitrinDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_database.DataDirectory, "vitrin.db")}").UseSnakeCaseNamingConvention().Options);

    [Fact]
    public async Task ExistingProductsAreIndexedByTheMigration()
    {
        await using (var db = Context())
        {
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var addSearch = migrations.FindIndex(m => m.EndsWith("_AddSearch", StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[addSearch - 1], TestContext.Current.CancellationToken);
            await InsertOldRowsAsync(db);
            await migrator.MigrateAsync(null, TestContext.Current.CancellationToken);
        }

        await using var app = new VitrinApp().UsingDatabase(_database);
        await app.InitializeAsync();

        Assert.Equal(2, (await app.SearchIdsAsync("legacy")).Count);
        Assert.Single(await app.SearchIdsAsync("legacy tag:oldtag-one"));
        Assert.Single(await app.SearchIdsAsync("oldtag one"));
        Assert.Single(await app.SearchIdsAsync("كتابخانه"));
        Assert.Equal(2, (await app.SearchIdsAsync("legaci")).Count);
    }

    private static async Task InsertOldRowsAsync(VitrinDbContext db)
    {
        var now = DateTime.UtcNow;
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO users (user_name, normalized_user_name, email, normalized_email, email_confirmed, security_stamp,
                concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, created_at)
            VALUES ('oldmaker', 'OLDMAKER', 'old@example.com', 'OLD@EXAMPLE.COM', TRUE, 's', 'c', FALSE, FALSE, TRUE, 0, {0});
            INSERT INTO categories (slug, name, description, icon, color, sort_order, created_at)
            VALUES ('old-category', 'Old category', '', 'box', '#123456', 1, {0});
            INSERT INTO tags (slug, product_count, created_at) VALUES ('oldtag-one', 1, {0});
            """, now);
        foreach (var (slug, title) in new[] { ("legacy-notes", "Legacy notes"), ("legacy-library", "Legacy كتابخانه") })
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO products (slug, title, tagline, description, description_html, category_id, author_id, status,
                    published_at, featured, hidden, upvote_count, vote_weight, comment_count, view_count, trending_score, created_at, updated_at)
                VALUES ({0}, {1}, 'From before search', 'An older product.', '', (SELECT id FROM categories WHERE slug = 'old-category'),
                    (SELECT id FROM users WHERE user_name = 'oldmaker'), 'published', {2}, FALSE, FALSE, 0, 0, 0, 0, 0, {2}, {2});
                """, slug, title, now);
        }

        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO product_tags (product_id, tag_id)
            SELECT p.id, t.id FROM products AS p, tags AS t WHERE p.slug = 'legacy-notes' AND t.slug = 'oldtag-one';
            """);
    }
}
