using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Vitrin.Api.Data;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Data;

/// <summary>The settings the API adds to its PostgreSQL connection strings (DatabaseSetup.Tuned), and what the operator's own settings keep.</summary>
public sealed class ConnectionTuningTests(VitrinApp app)
{
    [Fact]
    public void DefaultsAreAddedToABareConnectionString()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseSetup.Tuned("Host=db;Username=vitrin;Database=vitrin"));

        Assert.Equal(DatabaseSetup.DefaultMaxPoolSize, tuned.MaxPoolSize);
        Assert.InRange(DatabaseSetup.DefaultMaxPoolSize, 8, 32);
        Assert.Equal(256, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("-c enable_memoize=off", tuned.Options);
        Assert.Equal("db", tuned.Host);
    }

    [Theory]
    [InlineData("Maximum Pool Size=50", 50)]
    [InlineData("MAXIMUM POOL SIZE=3", 3)]
    [InlineData("maxpoolsize=100", 100)]
    public void AnExplicitPoolSizeIsKept(string setting, int expected)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseSetup.Tuned($"Host=db;{setting}"));

        Assert.Equal(expected, tuned.MaxPoolSize);
    }

    [Fact]
    public void AMinimumPoolSizeAboveTheDefaultMaximumIsLowered()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseSetup.Tuned("Host=db;Minimum Pool Size=500"));

        Assert.Equal(DatabaseSetup.DefaultMaxPoolSize, tuned.MinPoolSize);
    }

    [Fact]
    public void OperatorOptionsAndAutoPrepareAreKept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseSetup.Tuned("Host=db;Options=-c statement_timeout=5000;Max Auto Prepare=20"));

        Assert.Equal("-c statement_timeout=5000 -c enable_memoize=off", tuned.Options);
        Assert.Equal(20, tuned.MaxAutoPrepare);
    }

    [Fact]
    public void AnOperatorsOwnMemoizeSettingWins()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseSetup.Tuned("Host=db;Options=-c enable_memoize=on"));

        Assert.Equal("-c enable_memoize=on", tuned.Options);
    }

    [Fact]
    public async Task TheAppsSessionsRunWithoutMemoize()
    {
        var ct = TestContext.Current.CancellationToken;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VitrinDbContext>();
        if (!db.Database.IsNpgsql())
        {
            Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
            return;
        }

        var memoize = await db.Database.SqlQueryRaw<string>("SELECT current_setting('enable_memoize') AS \"Value\"").SingleAsync(ct);
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());

        Assert.Equal("off", memoize);
        Assert.True(builder.NoResetOnClose);
    }
}
