namespace Vitrin.Api.Tests.Infrastructure;

/// <summary>
/// Two API instances on one database sharing a real Redis of their own, as behind a load balancer.
/// </summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private TwoInstances(TestDatabase database, RedisServer redis, VitrinApp a, VitrinApp b)
    {
        Database = database;
        Redis = redis;
        A = a;
        B = b;
    }

    public TestDatabase Database { get; }

    public RedisServer Redis { get; }

    public VitrinApp A { get; }

    public VitrinApp B { get; }

    public static async Task<TwoInstances> StartAsync(params (string Key, string? Value)[] settings)
    {
        var database = await TestDatabase.CreateAsync();
        var redis = await RedisServer.StartAsync();
        (string, string?)[] shared = [("ConnectionStrings:Redis", redis.Endpoint), ("Cache:RedisPrefix", $"test:{database.Id}:"), .. settings];
        var a = new VitrinApp().UsingDatabase(database).WithSettings(shared);
        var b = new VitrinApp().UsingDatabase(database).WithSettings(shared);
        await a.InitializeAsync();
        await b.InitializeAsync();
        return new TwoInstances(database, redis, a, b);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DisposeAsync();
        await Database.DisposeAsync();
    }
}
