using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Cli;

/// <summary>The management commands, run as a real process against a fresh database.</summary>
public sealed class CommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private async Task<(int ExitCode, string Output)> RunAsync(string? input, params string[] args)
    {
        var api = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(api);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(_database.DataDirectory);
        foreach (var (key, value) in _database.Settings().Where(s => s.Key != "Vitrin:DataDirectory"))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = _environment;
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task MigrateCreatesTheSchemaOnAnEmptyDatabase()
    {
        var (code, output) = await RunAsync(null, "migrate");

        Assert.True(code == 0, output);
        Assert.Contains("up to date", output, StringComparison.Ordinal);
        if (!TestDatabase.IsPostgres)
        {
            Assert.True(File.Exists(Path.Combine(_database.DataDirectory, "vitrin.db")));
        }
    }

    [Fact]
    public async Task CreateAdminReadsThePasswordFromStandardInput()
    {
        var (code, output) = await RunAsync("an admin passphrase", "create-admin", "boss", "boss@example.com");
        Assert.True(code == 0, output);

        await using var app = new VitrinApp().UsingDatabase(_database);
        await app.InitializeAsync();
        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = "boss", password = "an admin passphrase" });
        var me = (await login.ReadJsonAsync()).GetProperty("user");
        Assert.Contains("admin", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(me.GetProperty("emailConfirmed").GetBoolean());
    }

    [Fact]
    public async Task CreateAdminRefusesAWeakPassword()
    {
        var (code, output) = await RunAsync("password", "create-admin", "boss2", "boss2@example.com");

        Assert.NotEqual(0, code);
        Assert.Contains("common", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommandPrintsUsage()
    {
        var (code, output) = await RunAsync(null, "frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("Usage", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemoRefusesToRunInProduction()
    {
        var (code, output) = await RunInProductionAsync("seed-demo");

        Assert.Equal(1, code);
        Assert.Contains("Production", output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunInProductionAsync(string command)
    {
        _environment = "Production";
        return RunAsync(null, command);
    }

    private string _environment = "Testing";

    [Fact]
    public async Task SeedDemoIsIdempotent()
    {
        var first = await RunAsync(null, "seed-demo");
        var second = await RunAsync(null, "seed-demo");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        await using var app = new VitrinApp().UsingDatabase(_database);
        await app.InitializeAsync();
        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = "demo_maker", password = "vitrin-demo-password" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }
}
