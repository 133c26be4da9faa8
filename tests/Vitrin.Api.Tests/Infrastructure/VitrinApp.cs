using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vitrin.Api.Data;

namespace Vitrin.Api.Tests.Infrastructure;

/// <summary>
/// The real API over real HTTP (in-memory server) on a real database. One instance is shared
/// by the whole assembly; tests use unique names so they do not collide. Tests that need other
/// settings (tight rate limits) create their own with <see cref="WithSettings"/>.
/// </summary>
public class VitrinApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    private readonly Dictionary<string, string?> _settings = new()
    {
        // The shared app serves every test from one "IP": keep IP limits out of the way.
        ["Auth:PerIpPermits"] = "1000000",
        ["Auth:PerAccountPermits"] = "1000",
        // Tests post quickly from brand-new accounts; the spam limits have tests of their own.
        ["Spam:MinSecondsBetweenPosts"] = "0",
        ["Spam:NewAccountProductsPerDay"] = "1000000",
        ["Spam:NewAccountCommentsPerHour"] = "1000000",
        ["Spam:UpvotesPerDay"] = "1000000",
        ["Spam:ReportsPerHour"] = "1000000",
        // Jobs run in process on in-memory storage: no schema to create per app. The job tests use real storage.
        ["Jobs:Storage"] = "InMemory",
        ["Jobs:WorkerCount"] = "2",
        ["Jobs:SchedulePollSeconds"] = "1",
        ["Email:LinkRequestsPerIp"] = "1000000",
        ["Logging:LogLevel:Default"] = "Error",
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Error",
    };

    private TestDatabase? _database;
    private bool _ownsDatabase = true;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialized.");

    public VitrinApp WithSettings(params (string Key, string? Value)[] settings)
    {
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        return this;
    }

    /// <summary>Runs against a database someone else created (and disposes).</summary>
    public VitrinApp UsingDatabase(TestDatabase database)
    {
        _database = database;
        _ownsDatabase = false;
        return this;
    }

    public async ValueTask InitializeAsync()
    {
        _database ??= await TestDatabase.CreateAsync();
        foreach (var setting in _database.Settings())
        {
            _settings[setting.Key] = setting.Value;
        }

        // With a test Redis, apps share its second-level cache only with apps on the same database.
        if (TestRedis.Endpoint is { } redis && !_settings.ContainsKey("ConnectionStrings:Redis"))
        {
            _settings["ConnectionStrings:Redis"] = redis;
            _settings["Cache:RedisPrefix"] = $"test:{_database.Id}:";
        }

        // Starts the server (and so migrates) before the first test runs.
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting (unlike ConfigureAppConfiguration) is visible while Program.cs builds its services.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Error));
    }

    /// <summary>An anonymous client over https (the refresh cookie is Secure).</summary>
    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>Registers a fresh user; returns a client carrying its access token (and refresh cookie).</summary>
    public async Task<TestUser> RegisterAsync(string? prefix = null)
    {
        var username = UniqueName(prefix ?? "user");
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { username, email = $"{username}@example.com", password = Password });
        var body = await response.ReadJsonAsync(System.Net.HttpStatusCode.Created);
        var token = body.GetProperty("accessToken").GetString()!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new TestUser(client, username, body.GetProperty("user").GetProperty("id").GetInt64(), token);
    }

    /// <summary>Registers a user and grants it roles directly in the database.</summary>
    public async Task<TestUser> RegisterWithRolesAsync(string prefix, params string[] roles)
    {
        var user = await RegisterAsync(prefix);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Vitrin.Api.Users.User>>();
        var entity = await users.FindByIdAsync(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await users.AddToRolesAsync(entity!, roles);
        // Roles travel in the access token: sign in again to get one that carries them.
        var login = await Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = Password });
        var token = (await login.ReadJsonAsync()).GetProperty("accessToken").GetString()!;
        user.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return user with { AccessToken = token };
    }

    /// <summary>Runs code against the app's database (to arrange state or check invariants).</summary>
    public async Task<T> WithDbAsync<T>(Func<VitrinDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<VitrinDbContext>());
    }

    public static string UniqueName(string prefix) => $"{prefix}_{Guid.NewGuid().ToString("N")[..10]}";

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_database is not null && _ownsDatabase)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed record TestUser(HttpClient Client, string Username, long Id, string AccessToken);

public static class HttpAssertions
{
    /// <summary>Asserts the status and returns the JSON body.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem with this status and returns it.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>Asserts a 400 validation problem naming <paramref name="field"/>.</summary>
    public static async Task AssertValidationErrorAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ReadProblemAsync(400);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
            $"Expected an error for '{field}': {problem}");
    }
}
