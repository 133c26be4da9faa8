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

        // One query per rank, each in username order: the name index serves it, and a page stops early.
        var first = words[0].ToUpperInvariant();
        var list = new List<Row>();
        for (var rank = after?.Rank ?? 0; rank <= 2 && list.Count <= page.Limit; rank++)
        {
            var ranked = rank switch
            {
                0 => users.Where(u => u.NormalizedUserName == first),
                1 => users.Where(u => u.NormalizedUserName!.StartsWith(first) && u.NormalizedUserName != first),
                _ => users.Where(u => !u.NormalizedUserName!.StartsWith(first)),
            };
            if (after is not null && after.Rank == rank)
            {
                ranked = ranked.Where(u => string.Compare(u.NormalizedUserName, after.Name) > 0);
            }

            var current = rank;
            list.AddRange(await ranked.OrderBy(u => u.NormalizedUserName).Take(page.Limit + 1 - list.Count).Select(u => new Row
            {
                Id = u.Id,
                Username = u.UserName!,
                Name = u.NormalizedUserName!,
                DisplayName = u.DisplayName,
                AvatarPath = u.AvatarPath,
                Rank = current,
            }).AsNoTracking().ToListAsync(ct));
        }

        return cursors.Page(list, page.Limit, r => new Position(key, r.Rank, r.Name),
            r => new UserSummary(r.Id, r.Username, r.DisplayName, MediaUrls.For(r.AvatarPath)));
    }
}
