using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Vitrin.Api.Data;

/// <summary>
/// Contexts on the read replica (<c>ConnectionStrings:PostgresReplica</c>), for reads that tolerate
/// replication lag: anonymous, cached or not (see <see cref="Caching.PublicCache"/>). Signed-in reads
/// and every write stay on the primary, so a user always reads their own writes.
/// </summary>
public sealed partial class ReadReplica(string? connection, IServiceProvider services, TimeProvider clock, ILogger<ReadReplica> logger)
{
    /// <summary>How long a replica takes to replay a write, generously (see <see cref="Caching.CacheInvalidation"/>).</summary>
    public static readonly TimeSpan CatchUp = TimeSpan.FromSeconds(1);

    /// <summary>After a failure the replica rests this long; meanwhile reads go to the primary.</summary>
    private static readonly TimeSpan Rest = TimeSpan.FromSeconds(10);

    // A pool of its own (the primary's is registered for VitrinDbContext), built on first use with the
    // primary's model: compiled queries only run on the model they were compiled against.
    private readonly Lazy<PooledDbContextFactory<PostgresVitrinDbContext>>? _factory =
        connection is null ? null : new(() => CreateFactory(connection, services));

    private long _restUntilTicks;

    public bool Configured => _factory is not null;

    /// <summary>
    /// Runs <paramref name="read"/> on the replica when there is one. A replica that fails (down,
    /// or a query cancelled by a conflict with recovery) costs one retry on the primary, which
    /// <paramref name="primary"/> supplies: a read can always be repeated.
    /// </summary>
    public async Task<T> ReadAsync<T>(
        Func<VitrinDbContext, CancellationToken, Task<T>> read, Func<Func<VitrinDbContext, CancellationToken, Task<T>>, CancellationToken, Task<T>> primary,
        CancellationToken ct)
    {
        if (_factory is null || clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _restUntilTicks))
        {
            return await primary(read, ct);
        }

        try
        {
            await using var db = await _factory.Value.CreateDbContextAsync(ct);
            return await read(db, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && (e is DbException || e.InnerException is DbException))
        {
            Interlocked.Exchange(ref _restUntilTicks, (clock.GetUtcNow() + Rest).UtcTicks);
            LogReplicaFailed(logger, (e.InnerException ?? e).Message);
            return await primary(read, ct);
        }
    }

    private static PooledDbContextFactory<PostgresVitrinDbContext> CreateFactory(string connection, IServiceProvider services)
    {
        IModel model;
        using (var scope = services.CreateScope())
        {
            model = scope.ServiceProvider.GetRequiredService<VitrinDbContext>().Model;
        }

        return new(new DbContextOptionsBuilder<PostgresVitrinDbContext>()
            .UseModel(model)
            .UseNpgsql(DatabaseSetup.Tuned(connection))
            .UseSnakeCaseNamingConvention()
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>())
            .Options);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Read replica failed ({Detail}); reads go to the primary for 10 s")]
    private static partial void LogReplicaFailed(ILogger logger, string detail);
}
