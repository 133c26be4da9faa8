using System.Net.Mail;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Vitrin.Api.Infrastructure;

/// <summary>Collects per-field validation messages and turns them into a 400 problem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    /// <summary>Checks a required string's presence and length; returns whether it passed.</summary>
    public bool Text(string field, string? value, int min, int max, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, $"The {field} field is required.");
            }

            return !required;
        }

        if (value.Length < min || value.Length > max)
        {
            Add(field, min == 0 ? $"Must be at most {max} characters." : $"Must be between {min} and {max} characters.");
            return false;
        }

        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            Add(field, "Must not contain control characters.");
            return false;
        }

        return true;
    }

    /// <summary>An absolute http/https URL of at most 2048 characters, or null.</summary>
    public void Url(string field, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > 2048 || !FieldRules.IsHttpUrl(value))
        {
            Add(field, "Must be an absolute http or https URL of at most 2048 characters.");
        }
    }

    public void Email(string field, string? value)
    {
        if (Text(field, value, 3, 254) && !FieldRules.IsEmail(value!))
        {
            Add(field, "Must be a valid email address.");
        }
    }

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}

public static partial class FieldRules
{
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9_]{3,30}$")]
    public static partial System.Text.RegularExpressions.Regex UsernamePattern();

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && !value.Any(char.IsWhiteSpace);

    public static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal);
}
