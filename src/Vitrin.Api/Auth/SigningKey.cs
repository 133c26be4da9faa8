using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Vitrin.Api.Infrastructure;

namespace Vitrin.Api.Auth;

/// <summary>
/// The JWT signing key: <c>Auth:SigningKey</c> when configured (production), otherwise a random
/// key generated once into <c>data/keys/</c>, which git ignores.
/// </summary>
public sealed class SigningKey
{
    public SigningKey(IOptions<AuthOptions> options, DataDirectory data, ILogger<SigningKey> logger)
    {
        var configured = options.Value.SigningKey;
        byte[] bytes;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            bytes = Convert.FromBase64String(configured);
        }
        else
        {
            var file = Path.Combine(data.Folder("keys"), "jwt-signing.key");
            if (!File.Exists(file))
            {
                File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
                logger.LogWarning("Generated a JWT signing key at {File}; set Auth:SigningKey in production", file);
            }

            bytes = Convert.FromBase64String(File.ReadAllText(file).Trim());
        }

        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 256 bits (32 bytes, base64).");
        }

        Key = new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexString(SHA256.HashData(bytes))[..16] };
    }

    public SymmetricSecurityKey Key { get; }
}
