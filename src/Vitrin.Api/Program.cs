using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;
using System.Security.Cryptography;
using Vitrin.Api.Auth;
using Vitrin.Api.Caching;
using Vitrin.Api.Categories;
using Vitrin.Api.Comments;
using Vitrin.Api.Cli;
using Vitrin.Api.Data;
using Vitrin.Api.Email;
using Vitrin.Api.Follows;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Jobs;
using Vitrin.Api.Media;
using Vitrin.Api.Moderation;
using Vitrin.Api.Notifications;
using Vitrin.Api.Platform;
using Vitrin.Api.Products;
using Vitrin.Api.Search;
using Vitrin.Api.Storage;
using Vitrin.Api.Tags;
using Vitrin.Api.Upvotes;
using Vitrin.Api.Users;
using Vitrin.Api.WebApp;

var (command, hostArgs) = Commands.Split(args);
// Settings files live beside the binary, so the app behaves the same from any working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs, ContentRootPath = AppContext.BaseDirectory });
var data = new DataDirectory(builder.Configuration);
builder.Services.AddSingleton(data);
builder.Services.AddSingleton(TimeProvider.System);
builder.Logging.ClearProviders().AddJsonConsole(o =>
{
    o.IncludeScopes = true;
    o.UseUtcTimestamp = true;
    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
});
builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

builder.Services.Configure<JsonOptions>(o => JsonDefaults.Configure(o.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
    c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? c.HttpContext.TraceIdentifier);
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddVitrinOpenApi();
builder.Services.AddCors(o =>
{
    // Closed by default: same-origin only unless origins are configured.
    var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
    if (origins.Length > 0)
    {
        o.AddDefaultPolicy(p => p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().AllowCredentials());
    }
});
builder.AddVitrinForwardedHeaders();
builder.AddVitrinDatabase(data);
builder.AddVitrinCaching();
builder.AddVitrinTelemetry();
ShutdownDrain.AddVitrinShutdownDrain(builder);
builder.Services.AddReadinessGauge();
builder.AddVitrinAuth();
builder.AddVitrinJobs(data, worker: command?.Name == WorkerMode.Command);
builder.AddVitrinEmail();
builder.AddVitrinStorage();
builder.AddVitrinMedia();
builder.Services.AddSingleton(sp => new CursorCodec(HKDF.DeriveKey(
    HashAlgorithmName.SHA256, sp.GetRequiredService<SigningKey>().Key.Key, 32, info: "vitrin-cursors"u8.ToArray())));
builder.Services.AddSingleton<Vitrin.Api.Content.MarkdownRenderer>();
builder.Services.AddSearchLimits(builder.Configuration);
builder.Services.AddSingleton<ProductViews>();
builder.Services.Configure<SpamOptions>(builder.Configuration.GetSection("Spam"));
builder.Services.AddScoped<PostingLimits>();
builder.Services.AddScoped<Notifier>();
builder.Services.AddSingleton<ProductMaintenance>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<ProductMaintenance>());

var app = builder.Build();
if (command is not null)
{
    return await Commands.RunAsync(app, command);
}

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseRouting();
app.UseRequestBodyLimit();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference();
}

app.MapHealthEndpoints();
app.MapMetrics();
var api = app.MapGroup("/api/v1");
api.MapAuthApi();
api.MapUsersApi();
api.MapFeedApi();
api.MapCategoriesApi();
api.MapTagsApi();
api.MapProductsApi();
api.MapMediaApi();
api.MapSearchApi();
api.MapStatsApi();
api.MapUpvotesApi();
api.MapCommentsApi();
api.MapNotificationsApi();
api.MapModerationApi();
api.MapEmailTokensApi();
api.MapJobsApi();
JobsDashboard.Map(app);
app.MapMediaFiles();
app.MapWebApp();

await app.RunAsync();
return 0;

public partial class Program;
