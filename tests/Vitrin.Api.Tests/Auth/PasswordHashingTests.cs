using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vitrin.Api.Tests.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Tests.Auth;

public sealed class PasswordHashingTests(VitrinApp app)
{
    /// <summary>Identity's v3 format: 0x01, PRF (1 = SHA256, 2 = SHA512), iterations, salt length, salt, subkey.</summary>
    private static (int Prf, int Iterations) Parse(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }

    private Task<string> StoredHashAsync(long userId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash!).SingleAsync());

    [Fact]
    public async Task PasswordsAreHashedWithPbkdf2Sha512AtOwaspIterations()
    {
        var user = await app.RegisterAsync("hash");

        var (prf, iterations) = Parse(await StoredHashAsync(user.Id));

        Assert.Equal(2, prf);
        Assert.True(iterations >= 210_000, $"{iterations} iterations");
    }

    [Fact]
    public async Task WeakerHashIsUpgradedAtNextSignIn()
    {
        var user = await app.RegisterAsync("rehash");
        var old = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
            .HashPassword(new User(), VitrinApp.Password);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, old)));

        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login = user.Username, password = VitrinApp.Password });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.True(Parse(await StoredHashAsync(user.Id)).Iterations >= 210_000);
    }
}
