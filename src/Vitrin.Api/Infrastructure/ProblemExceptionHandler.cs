using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Vitrin.Api.Infrastructure;

/// <summary>
/// Turns exceptions into problem details: client mistakes that surface as exceptions
/// (bad JSON, wrong content type, oversized body) keep their 4xx status; an unavailable
/// database or file store is 503; anything else is a generic 500 without internals.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var http = httpContext;
        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad),
            QueryValidationException query => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [query.Field] = [query.Message] })
            {
                Status = 400,
                Title = "One or more validation errors occurred.",
            },
            _ when Database(exception) is { } db && IsUnavailable(db) => Unavailable(http),
            TimeoutException or Storage.StorageUnavailableException => Unavailable(http),
            _ when ConstraintViolations.IsUnique(exception) || ConstraintViolations.IsForeignKey(exception) => new ProblemDetails
            {
                Status = 409,
                Title = "The request conflicts with a concurrent change. Try again.",
            },
            _ when Database(exception) is Npgsql.PostgresException { SqlState: [ '2', '2', ..] } => new ProblemDetails
            {
                Status = 400,
                Title = "The request contains a value that cannot be stored (for example a NUL character).",
            },
            _ => new ProblemDetails { Status = 500, Title = "An unexpected error occurred." },
        };
        if (problem.Status >= 500)
        {
            LogServerError(logger, exception, http.Request.Method, http.Request.Path);
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var field = JsonPathToField(json.Path);
            var detail = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "Unknown property." : "Invalid value.";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
            {
                Status = 400,
                Title = "The request body is not valid JSON for this endpoint.",
            };
        }

        if (bad.StatusCode == 400 && ParameterName(bad.Message) is { } parameter)
        {
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [parameter] = ["Invalid value."] })
            {
                Status = 400,
                Title = "One or more validation errors occurred.",
            };
        }

        return new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode switch
            {
                413 => "The request body is too large.",
                415 => "Unsupported content type.",
                _ => "The request is invalid.",
            },
        };
    }

    /// <summary>
    /// The parameter a minimal-API binding message names (<c>Failed to bind parameter "bool? unread" …</c>),
    /// without its type, so no internal names reach the client.
    /// </summary>
    private static string? ParameterName(string message) =>
        System.Text.RegularExpressions.Regex.Match(message, "parameter \"(?:[^\"]* )?([A-Za-z0-9_]+)\"") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The provider's exception, also when EF wrapped it in a DbUpdateException.</summary>
    private static DbException? Database(Exception e) => e as DbException ?? e.InnerException as DbException;

    /// <summary>"$.tags[2]" → "tags[2]"; "$" → "body".</summary>
    internal static string JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static bool IsUnavailable(DbException db) =>
        db.IsTransient || db.InnerException is System.Net.Sockets.SocketException or TimeoutException;

    private static ProblemDetails Unavailable(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "5";
        return new ProblemDetails { Status = 503, Title = "The service is temporarily unavailable. Try again shortly." };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Method} {Path} failed")]
    private static partial void LogServerError(ILogger logger, Exception exception, string method, string path);
}
