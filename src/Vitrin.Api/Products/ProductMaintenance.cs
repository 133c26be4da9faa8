using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Notifications;

namespace Vitrin.Api.Products;

/// <summary>
/// In-process periodic work for products: publishes scheduled launches when their time comes (no
/// one acting), adds collected view counts, and forgets view records older than a day.
/// </summary>
public sealed partial class ProductMaintenance(
    IServiceScopeFactory scopes, ProductViews views, Caching.CacheInvalidation invalidation, Hangfire.IBackgroundJobClient jobs, TimeProvider clock, ILogger<ProductMaintenance> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushOnStopAsync();
        }
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VitrinDbContext>();
            await PublishDueAsync(db, ct);
            await views.FlushAsync(db, ct);
            var cutoff = clock.GetUtcNow().UtcDateTime.AddHours(-25);
            await db.ProductViews.Where(v => v.ViewedAt < cutoff).ExecuteDeleteAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database outage must not stop the loop; the next tick retries.
            Infrastructure.VitrinMetrics.JobFailures.Add(1, new KeyValuePair<string, object?>("task", "product-maintenance"));
            LogFailed(logger, e);
        }
    }

    /// <summary>Publishes every scheduled product whose launch time has come, each in its own transaction.</summary>
    public async Task PublishDueAsync(VitrinDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Products.Where(p => p.Status == ProductStatus.Scheduled && p.LaunchAt <= now)
            .OrderBy(p => p.LaunchAt).Select(p => p.Id).Take(100).ToListAsync(ct);
        foreach (var id in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var product = await ProductWrites.LockAsync(db, id, now, ct) ? await ProductWrites.LoadAsync(db, id, ct) : null;
            if (product is { Status: ProductStatus.Scheduled } && product.LaunchAt <= now)
            {
                var before = ProductWrites.Contribution(product);
                var launched = ProductWrites.ApplyStatus(product, ProductStatus.Published, now);
                await db.SaveChangesAsync(ct);
                await ProductWrites.AdjustTagCountsAsync(db, before, ProductWrites.Contribution(product), ct);
                if (launched)
                {
                    await ProductWrites.AnnounceLaunchAsync(new Notifier(db, clock), product, ct);
                    await db.SaveChangesAsync(ct);
                }

                await transaction.CommitAsync(ct);
                LaunchAnnouncements.EnqueueIfDue(jobs, product);
                await invalidation.ProductChangedAsync(id, listsChanged: true);
                LogLaunched(logger, id);
            }

            db.ChangeTracker.Clear();
        }
    }

    private async Task FlushOnStopAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await using var scope = scopes.CreateAsyncScope();
        await views.FlushAsync(scope.ServiceProvider.GetRequiredService<VitrinDbContext>(), cts.Token);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Product maintenance failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled product {ProductId} launched")]
    private static partial void LogLaunched(ILogger logger, long productId);
}
