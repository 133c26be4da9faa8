using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Categories;
using Vitrin.Api.Users;

namespace Vitrin.Api.Data;

/// <summary>Applies migrations and seeds reference data before the server takes requests.</summary>
public sealed partial class DatabaseInitializer(IServiceProvider services, TimeProvider clock, ILogger<DatabaseInitializer> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VitrinDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while one writer commits; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, pending.Count, db.Database.ProviderName ?? "?");
            await db.Database.MigrateAsync(cancellationToken);
        }

        await SeedAsync(db, cancellationToken);
    }

    private async Task SeedAsync(VitrinDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var role in Roles.Assignable)
        {
            var normalized = role.ToUpperInvariant();
            if (!await db.Roles.AnyAsync(r => r.NormalizedName == normalized, cancellationToken))
            {
                db.Roles.Add(new IdentityRole<long> { Name = role, NormalizedName = normalized, ConcurrencyStamp = Guid.NewGuid().ToString() });
            }
        }

        if (!await db.Categories.AnyAsync(cancellationToken))
        {
            db.Categories.AddRange(DefaultCategories.Create(now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to {Provider}")]
    private static partial void LogMigrating(ILogger logger, int count, string provider);
}
