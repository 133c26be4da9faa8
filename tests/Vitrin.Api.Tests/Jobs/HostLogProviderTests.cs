using Microsoft.Extensions.Logging;
using Vitrin.Api.Jobs;

namespace Vitrin.Api.Tests.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide; the host that set it last may be gone while another
/// host's job server starts (tests run many hosts in one process). Hangfire's own provider then
/// throws from the server's constructor and the jobs never run.
/// </summary>
public sealed class HostLogProviderTests
{
    [Fact]
    public void LogsThroughTheFactoryWhileItLives()
    {
        var lines = new List<string>();
        using var factory = LoggerFactory.Create(b => b.AddProvider(new ListLoggerProvider(lines)).SetMinimumLevel(LogLevel.Trace));

        var log = new HostLogProvider(factory).GetLogger("Hangfire.Test");

        Assert.True(log.Log(Hangfire.Logging.LogLevel.Warn, () => "a warning"));
        Assert.Equal(["a warning"], lines);
    }

    [Fact]
    public void AskedForLoggersAfterTheFactoryIsDisposedItGivesSilentOnes()
    {
        var lines = new List<string>();
        var factory = LoggerFactory.Create(b => b.AddProvider(new ListLoggerProvider(lines)));
        var provider = new HostLogProvider(factory);
        factory.Dispose();

        // Hangfire's own provider throws ObjectDisposedException here, which stops a job server starting.
        Assert.Throws<ObjectDisposedException>(() => new Hangfire.AspNetCore.AspNetCoreLogProvider(factory).GetLogger("Hangfire.Test"));
        var log = provider.GetLogger("Hangfire.Test");

        Assert.False(log.Log(Hangfire.Logging.LogLevel.Error, () => "dropped"));
        Assert.Empty(lines);
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Add(formatter(state, exception));
        }
    }
}
