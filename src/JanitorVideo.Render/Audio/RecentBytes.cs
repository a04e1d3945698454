namespace JanitorVideo.Render.Audio;

/// <summary>
/// Byte arrays made lately, kept in memory by what made them, most recently used first, within a
/// budget: the least recently used go first; an array larger than the budget is not kept.
/// Thread-safe.
/// </summary>
internal sealed class RecentBytes<TKey>(long budgetBytes)
    where TKey : IEquatable<TKey>
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(TKey Key, byte[] Bytes)> _kept = new();

    /// <summary>How many asks were answered from memory (for tests).</summary>
    public int Hits { get; private set; }

    public bool TryGet(TKey key, out byte[] bytes)
    {
        lock (_gate)
        {
            for (var node = _kept.First; node is not null; node = node.Next)
            {
                if (node.Value.Key.Equals(key))
                {
                    _kept.Remove(node);
                    _kept.AddFirst(node);
                    Hits++;
                    bytes = node.Value.Bytes;
                    return true;
                }
            }
        }

        bytes = [];
        return false;
    }

    public void Keep(TKey key, byte[] bytes)
    {
        lock (_gate)
        {
            if (_kept.Any(kept => kept.Key.Equals(key)))
            {
                return;
            }

            _kept.AddFirst((key, bytes));
            long total = 0;
            for (var node = _kept.First; node is not null;)
            {
                var next = node.Next;
                total += node.Value.Bytes.Length;
                if (total > budgetBytes)
                {
                    _kept.Remove(node);
                }

                node = next;
            }
        }
    }
}
