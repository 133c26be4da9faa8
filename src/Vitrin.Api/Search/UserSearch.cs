using Microsoft.EntityFrameworkCore;
using Vitrin.Api.Data;
using Vitrin.Api.Infrastructure;
using Vitrin.Api.Users;

namespace Vitrin.Api.Search;

/// <summary>
/// Users by username and display name, with the visibility rule of every public user list
/// (<see cref="UserLookup.Visible"/>: not erased, not banned). Every word must occur in the username
/// or the display name, ignoring case; the exact username comes first, then usernames starting with
/// the first word, then the rest, each by username.
/// </summary>
public static class UserSearch
{
    private sealed record Position(string Query, int Rank, string Name);

    private sealed class Row
    {
        public long Id { get; init; }
        public required string Username { get; init; }
        public required string Name { get; init; }
        public string? DisplayName { get; init; }
        public string? AvatarPath { get; init; }
        public int Rank { get; init; }
    }

    public static async Task<Page<UserSummary>> PageAsync(
        VitrinDbContext db, IReadOnlyList<string> words, PageRequest page, CursorCodec cursors, CancellationToken ct)
    {
        if (words.Count == 0)
        {
            return new Page<UserSummary>([], null);
        }

        var key = string.Join(' ', words);
        var after = page.After<Position>(cursors);
        if (after is not null && after.Query != key)
        {
            throw new QueryValidationException("cursor", "The cursor belongs to another search; start again from the first page.");
        }

        var users = db.Users.Visible();
        foreach (var word in words.Take(SearchQuery.MaxTerms))
        {
            var upper = word.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || (u.DisplayName != null && u.DisplayName.ToLower().Contains(word)));
        }

        var first = words[0].ToUpperInvariant();
        var rows = users.Select(u => new Row
        {
            Id = u.Id,
            Username = u.UserName!,
            Name = u.NormalizedUserName!,
            DisplayName = u.DisplayName,
            AvatarPath = u.AvatarPath,
            Rank = u.NormalizedUserName == first ? 0 : u.NormalizedUserName!.StartsWith(first) ? 1 : 2,
        });
        if (after is not null)
        {
            rows = rows.Where(r => r.Rank > after.Rank || (r.Rank == after.Rank && string.Compare(r.Name, after.Name) > 0));
        }

        var list = await rows.OrderBy(r => r.Rank).ThenBy(r => r.Name).Take(page.Limit + 1).AsNoTracking().ToListAsync(ct);
        return cursors.Page(list, page.Limit, r => new Position(key, r.Rank, r.Name),
            r => new UserSummary(r.Id, r.Username, r.DisplayName, MediaUrls.For(r.AvatarPath)));
    }
}
