using Npgsql;

namespace Vitrin.Api.Tests.Infrastructure;

/// <summary>
/// A throwaway database for one app instance: a SQLite file in a temp data folder, or a fresh
/// PostgreSQL database on the server scripts/test.sh started (VITRIN_TEST_PROVIDER=postgres).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnection;
    private readonly string? _name;

    private TestDatabase(string dataDirectory, string? adminConnection, string? name, string? connectionString)
    {
        DataDirectory = dataDirectory;
        _adminConnection = adminConnection;
        _name = name;
        ConnectionString = connectionString;
    }

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("VITRIN_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    public string DataDirectory { get; }

    /// <summary>Unique per database (its data folder's name).</summary>
    public string Id => Path.GetFileName(DataDirectory);

    /// <summary>The PostgreSQL connection string, or null for SQLite (a file in the data folder).</summary>
    public string? ConnectionString { get; }

    public string Provider => ConnectionString is null ? "Sqlite" : "Postgres";

    public static async Task<TestDatabase> CreateAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "vitrin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        if (!IsPostgres)
        {
            return new TestDatabase(dataDirectory, null, null, null);
        }

        var admin = Environment.GetEnvironmentVariable("VITRIN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("VITRIN_TEST_POSTGRES is not set; run the suite through scripts/test.sh.");
        var name = "vitrin_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(dataDirectory, admin, name, builder.ConnectionString);
    }

    /// <summary>Settings that point the API at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("Vitrin:DataDirectory", DataDirectory);
        yield return new("Database:Provider", Provider);
        if (ConnectionString is not null)
        {
            yield return new("ConnectionStrings:Postgres", ConnectionString);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still held by a pooled connection; the temp folder is cleaned by the OS.
        }
    }
}
