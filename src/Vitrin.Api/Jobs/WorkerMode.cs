using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Vitrin.Api.Jobs;

/// <summary>
/// The <c>worker</c> command: the same host and services, processing jobs, with no HTTP listener.
/// Production runs the API with <c>Jobs:RunServer=false</c> and one or more workers.
/// </summary>
public static class WorkerMode
{
    public const string Command = "worker";

    public static void UseWorkerMode(this WebApplicationBuilder builder)
    {
        builder.Configuration["Jobs:RunServer"] = "true";
        builder.Services.AddSingleton<IServer, NoServer>();
    }

    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
