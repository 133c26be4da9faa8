using System.Text.Json;

namespace Vitrin.Api.Infrastructure;

/// <summary>Parses query-string values strictly, naming the parameter when they are wrong.</summary>
public static class QueryValues
{
    /// <summary>Parses a snake_case enum name (<c>trending</c>, <c>off_topic</c>); null when absent.</summary>
    public static TEnum? Enum<TEnum>(string? value, string name)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(SnakeName(candidate), value, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        throw new QueryValidationException(name, $"Must be one of: {string.Join(", ", System.Enum.GetValues<TEnum>().Select(SnakeName))}.");
    }

    public static string SnakeName<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>A short free-text filter (slug, username): at most <paramref name="max"/> characters, no control characters.</summary>
    public static string? Text(string? value, string name, int max = 100)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > max || value.Any(char.IsControl))
        {
            throw new QueryValidationException(name, $"Must be at most {max} characters without control characters.");
        }

        return value;
    }
}
