using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Users;

namespace Vitrin.Api.Data;

/// <summary>Plain table names for Identity's tables and the lookups the API needs.</summary>
internal static class IdentityModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<User>(user =>
        {
            user.ToTable("users");
            // Identity's default email index is not unique; the contract needs it to be.
            user.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
            user.HasIndex(u => u.CreatedAt);
            user.Property(u => u.DisplayName).HasMaxLength(60);
            user.Property(u => u.Bio).HasMaxLength(500);
            user.Property(u => u.AvatarPath).HasMaxLength(300);
            foreach (var url in new[] { nameof(User.Website), nameof(User.Twitter), nameof(User.Github), nameof(User.Linkedin) })
            {
                user.Property(url).HasMaxLength(2048);
            }

            user.Property(u => u.Location).HasMaxLength(100);
            user.Property(u => u.Company).HasMaxLength(100);
            user.Property(u => u.JobTitle).HasMaxLength(100);
        });
        builder.Entity<IdentityRole<long>>().ToTable("roles");
        builder.Entity<IdentityUserRole<long>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<long>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<long>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<long>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<long>>().ToTable("role_claims");
    }
}
