using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Vitrin.Api.Users;

namespace Vitrin.Api.Auth;

/// <summary>
/// ASVS 6.2: length 8–128 with no composition rules, refuse common/breached passwords and the
/// user's own name or email. The list is zxcvbn's common-password corpus (MIT), entries ≥ 8 chars.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<User>
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        var problem = Check(password ?? "", user.UserName, user.Email);
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "Password", Description = problem }));
    }

    /// <summary>The reason a password is refused, or null when it is acceptable.</summary>
    public static string? Check(string password, string? username, string? email)
    {
        if (password.Length < MinLength || password.Length > MaxLength)
        {
            return $"Must be between {MinLength} and {MaxLength} characters.";
        }

        if (Common.Value.Contains(password.ToLowerInvariant()))
        {
            return "This password is too common; choose another.";
        }

        if (string.Equals(password, username, StringComparison.OrdinalIgnoreCase)
            || string.Equals(password, email, StringComparison.OrdinalIgnoreCase))
        {
            return "The password must not equal your username or email.";
        }

        return null;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vitrin.Api.Auth.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            set.Add(line);
        }

        return set;
    }
}
