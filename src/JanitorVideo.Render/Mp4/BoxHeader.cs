using System.Buffers.Binary;

namespace JanitorVideo.Render.Mp4;

/// <summary>
/// The header of one ISO-BMFF box: its four-character type, the header's own length (8, or 16 with a
/// 64-bit size) and the whole box's length, checked against the room its container leaves.
/// </summary>
internal readonly record struct BoxHeader(string Type, int HeaderLength, long Size)
{
    /// <summary>A 32-bit size and a type.</summary>
    public const int MinLength = 8;

    /// <summary>A 32-bit size of 1, a type, then the 64-bit size.</summary>
    public const int MaxLength = 16;

    /// <summary>How many bytes the box holds after its header.</summary>
    public long BodyLength => Size - HeaderLength;

    /// <summary>
    /// Reads the header at the start of <paramref name="head"/>, which holds the first
    /// <see cref="MaxLength"/> bytes of the box, or all of <paramref name="room"/> when that is less.
    /// <paramref name="room"/> is the number of bytes from the box's start to the end of its
    /// container (the parent box named by <paramref name="parent"/>, or the file when that is
    /// null), at least <see cref="MinLength"/>. A size of 0 means "to the end of the container".
    /// </summary>
    /// <exception cref="InvalidDataException">The size is smaller than the header or runs past the container.</exception>
    public static BoxHeader Read(ReadOnlySpan<byte> head, long room, string? parent)
    {
        var type = FourCharacterCode.Name(head.Slice(4, 4));
        ulong size = BinaryPrimitives.ReadUInt32BigEndian(head);
        var headerLength = MinLength;
        if (size == 1)
        {
            if (head.Length < MaxLength)
            {
                throw new InvalidDataException($"the '{type}' box in {Where(parent)} is cut off inside its header");
            }

            size = BinaryPrimitives.ReadUInt64BigEndian(head.Slice(8, 8));
            headerLength = MaxLength;
        }
        else if (size == 0)
        {
            size = (ulong)room;
        }

        if (size < (ulong)headerLength)
        {
            throw new InvalidDataException($"the '{type}' box in {Where(parent)} has an impossible size of {size} bytes");
        }

        if (size > (ulong)room)
        {
            throw new InvalidDataException($"the '{type}' box in {Where(parent)} claims {size} bytes but only {room} remain: the file was cut short or is damaged");
        }

        return new BoxHeader(type, headerLength, (long)size);
    }

    private static string Where(string? parent) => parent is null ? "the file" : $"'{parent}'";
}
