namespace Vitrin.Api.Comments;

public enum CommentSort
{
    Best,
    New,
    Old,
}

/// <summary>What placing a comment in a tree needs: no text, no author.</summary>
public sealed record CommentNode(long Id, long? ParentId, int UpvoteCount, bool Removed, DateTime CreatedAt);

/// <summary>
/// Builds a product's comment threads in memory from the outline of all of its comments (one query,
/// however many there are) and pages the top-level comments; only the comments on the page are then
/// read in full. Every step is a loop over a list, not recursion, so a long chain of replies cannot
/// exhaust the stack.
/// </summary>
public static class CommentTree
{
    /// <summary>
    /// Replies nest at most this deep in a response, so the JSON stays within the 64 levels that common
    /// parsers accept by default; a deeper reply is listed beside its deepest shown ancestor, its
    /// <c>parentId</c> unchanged, so a client can still rebuild the exact tree.
    /// </summary>
    public const int MaxNesting = 30;

    /// <summary>
    /// The cursor: the last top-level comment's sort key, and the instant the <c>best</c> scores were
    /// computed at, so every page of one walk ranks with the same clock.
    /// </summary>
    public sealed record Position(CommentSort Sort, DateTime AsOf, double Score, DateTime CreatedAt, long Id);

    /// <summary>Hacker News-like decay: <c>(upvotes + 1) / (ageHours + 2)^1.5</c>.</summary>
    public static double BestScore(int upvotes, DateTime createdAt, DateTime asOf) =>
        (upvotes + 1) / Math.Pow(Math.Max(0, (asOf - createdAt).TotalHours) + 2, 1.5);

    internal sealed class Node(CommentNode row)
    {
        public CommentNode Row { get; } = row;
        public Node? Parent { get; set; }
        public List<Node> Children { get; } = [];
        public bool Visible { get; set; }
        public int Depth { get; set; }
        public Node? ShownUnder { get; set; }
        public List<Node> Shown { get; } = [];
        public Position Key { get; set; } = null!;
        public CommentResponse? Response { get; set; }
    }

    /// <summary>A page of threads, laid out; <see cref="Build"/> fills it with the comments it lists.</summary>
    public sealed class Layout
    {
        private readonly IReadOnlyList<Node> _page;
        private readonly List<Node> _subtree;

        internal Layout(IReadOnlyList<Node> page, List<Node> subtree, Position? next)
        {
            _page = page;
            _subtree = subtree;
            Next = next;
        }

        public Position? Next { get; }

        /// <summary>Every comment the page shows, top-level comments and their replies.</summary>
        public IReadOnlyList<long> CommentIds => [.. _subtree.Select(n => n.Row.Id)];

        /// <summary>The page's threads from the full comments (a comment missing from <paramref name="rows"/> is left out).</summary>
        public IReadOnlyList<CommentResponse> Build(IReadOnlyDictionary<long, CommentRow> rows)
        {
            for (var i = _subtree.Count - 1; i >= 0; i--)
            {
                var node = _subtree[i];
                node.Response = rows.TryGetValue(node.Row.Id, out var row)
                    ? row.ToResponse([.. node.Shown.Select(n => n.Response).OfType<CommentResponse>()])
                    : null;
            }

            return [.. _page.Select(n => n.Response).OfType<CommentResponse>()];
        }
    }

    /// <summary>
    /// Lays out a page of visible top-level comments after <paramref name="after"/>, each with its reply
    /// tree. Removed comments (deleted or hidden) stay as placeholders while a visible reply hangs below them.
    /// </summary>
    public static Layout Page(IReadOnlyList<CommentNode> rows, CommentSort sort, DateTime asOf, Position? after, int limit)
    {
        var nodes = rows.ToDictionary(r => r.Id, r => new Node(r));
        var roots = new List<Node>();
        foreach (var node in nodes.Values)
        {
            // Placeholders rank as what they show: no upvotes.
            var score = sort == CommentSort.Best ? BestScore(node.Row.Removed ? 0 : node.Row.UpvoteCount, node.Row.CreatedAt, asOf) : 0;
            node.Key = new Position(sort, asOf, score, node.Row.CreatedAt, node.Row.Id);
            if (node.Row.ParentId is null)
            {
                roots.Add(node);
            }
            else if (nodes.TryGetValue(node.Row.ParentId.Value, out var parent))
            {
                node.Parent = parent;
                parent.Children.Add(node);
            }
        }

        // Breadth-first: parents before children. Walked backwards, children come before parents.
        var order = new List<Node>(roots);
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var child in order[i].Children)
            {
                order.Add(child);
            }
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var node = order[i];
            node.Visible |= !node.Row.Removed;
            if (node.Visible && node.Parent is not null)
            {
                node.Parent.Visible = true;
            }
        }

        foreach (var node in order.Where(n => n.Visible))
        {
            node.Depth = node.Parent is null ? 1 : Math.Min(node.Parent.Depth + 1, MaxNesting);
            node.ShownUnder = node.Parent is null ? null : node.Parent.Depth < MaxNesting ? node.Parent : node.Parent.ShownUnder;
            node.ShownUnder?.Shown.Add(node);
        }

        var comparer = Comparer<Node>.Create((a, b) => Compare(sort, a.Key, b.Key));
        var candidates = roots.Where(r => r.Visible && (after is null || Compare(sort, r.Key, after) > 0)).ToList();
        candidates.Sort(comparer);
        var page = candidates.Take(limit).ToList();

        var subtree = new List<Node>(page);
        for (var i = 0; i < subtree.Count; i++)
        {
            subtree[i].Shown.Sort(comparer);
            subtree.AddRange(subtree[i].Shown);
        }

        return new Layout(page, subtree, candidates.Count > limit ? page[^1].Key : null);
    }

    /// <summary>Negative when <paramref name="a"/> comes first. Ties are broken by id, so the order is total.</summary>
    private static int Compare(CommentSort sort, Position a, Position b) => sort switch
    {
        CommentSort.Best => a.Score != b.Score ? b.Score.CompareTo(a.Score) : b.Id.CompareTo(a.Id),
        CommentSort.New => a.CreatedAt != b.CreatedAt ? b.CreatedAt.CompareTo(a.CreatedAt) : b.Id.CompareTo(a.Id),
        _ => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.CompareTo(b.Id),
    };
}
