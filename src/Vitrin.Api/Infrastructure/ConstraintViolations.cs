using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vitrin.Api.Infrastructure;

/// <summary>
/// Recognizes constraint violations on both providers, so a handler can answer a lost race
/// (two identical inserts, a delete meeting a new reference) as the client's 4xx, not a 500.
/// </summary>
public static class ConstraintViolations
{
    private const int SqliteConstraint = 19;
    private const int SqliteForeignKey = 787;
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;

    /// <summary>A unique index or primary key refused the row.</summary>
    public static bool IsUnique(Exception e) => Cause(e) switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException lite => lite.SqliteErrorCode == SqliteConstraint && lite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        _ => false,
    };

    /// <summary>A foreign key refused the change (a referenced row is gone, or a referencing row exists).</summary>
    public static bool IsForeignKey(Exception e) => Cause(e) switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        SqliteException lite => lite.SqliteErrorCode == SqliteConstraint && lite.SqliteExtendedErrorCode == SqliteForeignKey,
        _ => false,
    };

    // SaveChanges wraps the provider's exception in a DbUpdateException; ExecuteDelete/Update do not.
    private static Exception Cause(Exception e) => e is Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: { } inner } ? inner : e;
}
