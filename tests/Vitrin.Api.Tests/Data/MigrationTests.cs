using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Data;

public sealed class MigrationTests(VitrinApp app)
{
    [Fact]
    public async Task MigrationsApplyToAnEmptyDatabaseAndMatchTheModel()
    {
        var (pending, applied, modelChanged) = await app.WithDbAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync()).ToList(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            db.Database.HasPendingModelChanges()));

        Assert.Empty(pending);
        Assert.NotEmpty(applied);
        Assert.False(modelChanged, "The model has changes that no migration captures: run scripts/add-migration.sh");
    }

    [Fact]
    public async Task ProviderIsTheOneUnderTest()
    {
        var provider = await app.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));

        Assert.Equal(TestDatabase.IsPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
    }

    [Fact]
    public async Task DefaultCategoriesAreSeeded()
    {
        var slugs = await app.WithDbAsync(db => db.Categories.Select(c => c.Slug).ToListAsync());

        Assert.Superset(new HashSet<string> { "ai-tools", "saas", "mobile-apps", "design-tools", "productivity", "developer-tools" }, slugs.ToHashSet());
    }

    [Fact]
    public async Task OneUpvotePerUserPerProductIsEnforcedByTheDatabase()
    {
        var maker = await app.RegisterAsync("maker");
        var voter = await app.RegisterAsync("voter");
        var productId = await app.WithDbAsync(async db =>
        {
            var product = new Vitrin.Api.Products.Product
            {
                Slug = VitrinApp.UniqueName("p"), Title = "Constraint check", Tagline = "Checks the key",
                AuthorId = maker.Id, CategoryId = await db.Categories.Select(c => c.Id).FirstAsync(),
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            db.Products.Add(product);
            await db.SaveChangesAsync();
            return product.Id;
        });

        await app.WithDbAsync(async db =>
        {
            db.ProductUpvotes.Add(new Vitrin.Api.Upvotes.ProductUpvote { ProductId = productId, UserId = voter.Id, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var duplicate = app.WithDbAsync(async db =>
        {
            db.ProductUpvotes.Add(new Vitrin.Api.Upvotes.ProductUpvote { ProductId = productId, UserId = voter.Id, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate);
    }
}
