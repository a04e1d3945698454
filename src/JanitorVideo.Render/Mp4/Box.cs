using System.Buffers.Binary;

namespace JanitorVideo.Render.Mp4;

/// <summary>One box held in memory: its type and its body (the bytes after its header).</summary>
internal readonly ref struct Box
{
    public Box(string type, ReadOnlySpan<byte> body)
    {
        Type = type;
        Body = body;
    }

    public string Type { get; }

    public ReadOnlySpan<byte> Body { get; }

    /// <summary>The boxes inside this one, which must be a plain container (moov, trak, mdia…).</summary>
    public BoxCursor Children => new(Body, Type);

    /// <summary>
    /// The body of a "full box" (one that starts with a version byte and three bytes of flags),
    /// after those four bytes, and its version; throws when the box is shorter than
    /// <paramref name="needed"/> bytes after them.
    /// </summary>
    /// <exception cref="InvalidDataException">The box is too short.</exception>
    public ReadOnlySpan<byte> FullBody(int needed, out int version)
    {
        Require(Body, 4 + needed, Type);
        version = Body[0];
        return Body[4..];
    }

    /// <summary>Throws when <paramref name="bytes"/>, part of the box <paramref name="type"/>, is shorter than <paramref name="needed"/>.</summary>
    /// <exception cref="InvalidDataException">It is.</exception>
    public static void Require(ReadOnlySpan<byte> bytes, long needed, string type)
    {
        if (needed < 0 || bytes.Length < needed)
        {
            throw new InvalidDataException($"its '{type}' box is too short for what it says it holds");
        }
    }

    /// <summary>A big-endian unsigned 16-bit number.</summary>
    public static int U16(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at, 2));

    /// <summary>A big-endian unsigned 32-bit number.</summary>
    public static uint U32(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(at, 4));

    /// <summary>A big-endian unsigned 64-bit number.</summary>
    public static ulong U64(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt64BigEndian(bytes.Slice(at, 8));
}
