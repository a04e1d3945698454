using System.Security.Cryptography;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Planning;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// The prepared stills of recent renders (<see cref="SceneStill"/>: decode, mask, stage, cut-out,
/// depth), by the image's content, the frame size, the seed and the pixel-art mode, so an edit that changes only
/// titles, particles, light, motion, length or music prepares nothing again. The same pixels come
/// out either way: preparing is deterministic. Renders draw from an entry read-only, several at
/// once if need be; an entry pushed out while a render draws from it is freed when that render
/// lets go. Entries are kept, most recently used first, while they fit in the budget; one that
/// alone exceeds it is used once and freed.
/// </summary>
internal sealed class SceneCache(long budgetBytes)
{
    /// <summary>About five 1080p scenes.</summary>
    public const long DefaultBudgetBytes = 160L * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _entries = new();

    /// <summary>How many renders drew from a still that another render prepared.</summary>
    public int Hits { get; private set; }

    /// <summary>
    /// A hold on the still for <paramref name="imagePath"/> at <paramref name="format"/> with
    /// <paramref name="seed"/> and <paramref name="pixelArt"/>, prepared now when no entry has it. Dispose the hold when the render
    /// is over. Decoding refusals (<see cref="RenderInputException"/>) pass through; nothing is kept
    /// for an image that failed.
    /// </summary>
    public Hold Acquire(string imagePath, OutputFormat format, int seed, PixelArtMode pixelArt = PixelArtMode.Auto)
    {
        using var stream = ImageDecoder.OpenFile(imagePath);
        var key = new Key(Convert.ToHexString(SHA256.HashData(stream)), format.Width, format.Height, seed, pixelArt);
        stream.Position = 0;

        Entry entry;
        lock (_gate)
        {
            entry = _entries.FirstOrDefault(candidate => candidate.Key == key && !candidate.Failed) ?? Add(key);
            if (entry.Node.List is not null)
            {
                _entries.Remove(entry.Node);
                _entries.AddFirst(entry.Node);
            }

            entry.Holds++;
        }

        bool madeHere;
        try
        {
            // Prepared once even when two renders of the same image start together; outside the lock.
            madeHere = entry.Still.Make(stream);
        }
        catch
        {
            lock (_gate)
            {
                entry.Failed = true;
                Forget(entry);
            }

            Release(entry);
            throw;
        }

        lock (_gate)
        {
            Hits += madeHere ? 0 : 1;
            Trim();
        }

        return new Hold(this, entry);
    }

    private Entry Add(Key key)
    {
        var entry = new Entry(key);
        _entries.AddFirst(entry.Node);
        return entry;
    }

    // Pushes out the least recently used entries until the rest fit; the newest is kept while it
    // is held, and freed with its last hold when it alone is too big.
    private void Trim()
    {
        long total = 0;
        for (var node = _entries.First; node is not null;)
        {
            var next = node.Next;
            var entry = node.Value;
            if (entry.Prepared is { } still)
            {
                total += still.Bytes;
                if (total > budgetBytes)
                {
                    Forget(entry);
                }
            }

            node = next;
        }
    }

    // Out of the list; freed now when no render holds it, else by the last one to let go.
    private void Forget(Entry entry)
    {
        if (entry.Node.List is not null)
        {
            _entries.Remove(entry.Node);
        }

        if (entry.Holds == 0)
        {
            entry.Prepared?.Dispose();
        }
    }

    private void Release(Entry entry)
    {
        lock (_gate)
        {
            entry.Holds--;
            if (entry.Holds == 0 && entry.Node.List is null)
            {
                entry.Prepared?.Dispose();
            }
        }
    }

    /// <summary>A render's hold on a prepared still; disposing it lets go (once).</summary>
    public sealed class Hold : IDisposable
    {
        private SceneCache? _cache;
        private readonly Entry _entry;

        internal Hold(SceneCache cache, Entry entry)
        {
            _cache = cache;
            _entry = entry;
        }

        public SceneStill Still => _entry.Prepared!;

        public void Dispose() => Interlocked.Exchange(ref _cache, null)?.Release(_entry);
    }

    // The pixel-art mode decides how the picture is prepared (pixel art or the smooth path), so it is part of the key.
    internal sealed record Key(string Content, int Width, int Height, int Seed, PixelArtMode PixelArt);

    internal sealed class Entry
    {
        private SceneStill? _prepared;

        public Entry(Key key)
        {
            Key = key;
            Node = new LinkedListNode<Entry>(this);
            Still = new Preparation(this);
        }

        public Key Key { get; }

        public LinkedListNode<Entry> Node { get; }

        public Preparation Still { get; }

        /// <summary>The still, once made (written once, under the preparation's lock).</summary>
        public SceneStill? Prepared { get => Volatile.Read(ref _prepared); set => Volatile.Write(ref _prepared, value); }

        public int Holds { get; set; }

        public bool Failed { get; set; }
    }

    /// <summary>Prepares an entry's still once, whoever asks first; the others wait for it.</summary>
    internal sealed class Preparation(Entry entry)
    {
        private readonly Lock _once = new();

        /// <summary>Prepares the still from <paramref name="image"/> unless it is ready or being made; true when this call made it.</summary>
        public bool Make(Stream image)
        {
            if (entry.Prepared is not null)
            {
                return false;
            }

            lock (_once)
            {
                if (entry.Prepared is not null)
                {
                    return false;
                }

                var source = ImageDecoder.Decode(image);
                try
                {
                    entry.Prepared = ScenePreparation.Prepare(source, new OutputFormat(entry.Key.Width, entry.Key.Height), entry.Key.Seed, entry.Key.PixelArt);
                }
                finally
                {
                    if (entry.Prepared?.Animated is null)
                    {
                        source.Dispose();
                    }
                }

                return true;
            }
        }
    }
}
