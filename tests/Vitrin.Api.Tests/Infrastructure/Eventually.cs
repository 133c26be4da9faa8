namespace Vitrin.Api.Tests.Infrastructure;

/// <summary>Waits for work done by background jobs.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="read"/> until <paramref name="done"/> holds; returns the last value (asserts on timeout).</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, int timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {timeoutSeconds} s waiting for background work.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
