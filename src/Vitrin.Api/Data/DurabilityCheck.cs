using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Vitrin.Api.Data;

/// <summary>
/// Warns at start-up when PostgreSQL runs with settings that can lose acknowledged writes
/// (<c>fsync</c>, <c>synchronous_commit</c>) or corrupt data after a crash (<c>full_page_writes</c>).
/// Only warns: test and benchmark servers turn them off on purpose.
/// </summary>
public sealed partial class DurabilityCheck(IServiceScopeFactory scopes, ILogger<DurabilityCheck> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The database may be away at start-up; ask again until it answers once.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(stoppingToken);
                return;
            }
            catch (DbException e)
            {
                LogUnavailable(logger, e.Message);
            }

            await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken);
        }
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VitrinDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetString(1) == "off")
            {
                LogUnsafe(logger, reader.GetString(0));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL runs with {Setting}=off: acknowledged writes can be lost in a crash. Turn it on in production.")]
    private static partial void LogUnsafe(ILogger logger, string setting);

    [LoggerMessage(Level = LogLevel.Information, Message = "Durability settings not checked yet, the database does not answer: {Detail}")]
    private static partial void LogUnavailable(ILogger logger, string detail);
}
