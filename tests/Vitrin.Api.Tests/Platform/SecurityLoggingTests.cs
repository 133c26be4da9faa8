using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Platform;

public sealed class SecurityLoggingTests
{
    private sealed class CapturingApp : VitrinApp
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Information).AddProvider(new Capture(Lines)));
        }
    }

    private sealed class Capture(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue($"{logLevel} {category} {formatter(state, exception)} {values} {exception}");
            }
        }
    }

    [Fact]
    public async Task SignInEventsAreLoggedWithoutSecrets()
    {
        await using var app = new CapturingApp();
        app.WithSettings(("Logging:LogLevel:Default", "Information"), ("Logging:LogLevel:Microsoft", "Information"));
        await app.InitializeAsync();
        var name = VitrinApp.UniqueName("logged");
        const string password = "a secret that must never be logged";

        var register = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { username = name, email = $"{name}@example.com", password, tokenDelivery = "body" });
        var tokens = await register.ReadJsonAsync(System.Net.HttpStatusCode.Created);
        await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = name, password = password + "x" });
        var refresh = tokens.GetProperty("refreshToken").GetString()!;
        await app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });
        await app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });

        var log = string.Join("\n", app.Lines);
        Assert.Contains("Failed sign-in", log, StringComparison.Ordinal);
        Assert.Contains("reuse detected", log, StringComparison.Ordinal);
        Assert.DoesNotContain(password, log, StringComparison.Ordinal);
        Assert.DoesNotContain(refresh, log, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens.GetProperty("accessToken").GetString()!, log, StringComparison.Ordinal);
    }
}
