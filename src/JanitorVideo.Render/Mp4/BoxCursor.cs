namespace JanitorVideo.Render.Mp4;

/// <summary>
/// Walks the boxes one after another in a span of bytes (a container's body). Every size is checked
/// against the container; fewer than eight bytes left at the end are ignored, as FFmpeg does.
/// </summary>
internal ref struct BoxCursor
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly string _container;
    private int _position;

    public BoxCursor(ReadOnlySpan<byte> data, string container)
    {
        _data = data;
        _container = container;
        _position = 0;
    }

    /// <summary>The next box; false after the last.</summary>
    /// <exception cref="InvalidDataException">A size is impossible or runs past the container.</exception>
    public bool Next(out Box box)
    {
        var room = _data.Length - _position;
        if (room < BoxHeader.MinLength)
        {
            box = default;
            return false;
        }

        var rest = _data[_position..];
        var header = BoxHeader.Read(rest[..Math.Min(room, BoxHeader.MaxLength)], room, _container);
        box = new Box(header.Type, rest.Slice(header.HeaderLength, (int)header.BodyLength));
        _position += (int)header.Size;
        return true;
    }

    /// <summary>The first box of <paramref name="type"/> from here on; false when there is none.</summary>
    /// <exception cref="InvalidDataException">A size is impossible or runs past the container.</exception>
    public bool Find(string type, out Box box)
    {
        while (Next(out box))
        {
            if (box.Type == type)
            {
                return true;
            }
        }

        return false;
    }
}
