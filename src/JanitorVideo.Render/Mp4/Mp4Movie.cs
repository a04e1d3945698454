namespace JanitorVideo.Render.Mp4;

/// <summary>The first video track and the first sound track of a moov box, in track order as ffprobe lists streams.</summary>
internal sealed record Mp4Movie(Mp4Track? Video, Mp4Track? Audio)
{
    /// <summary>
    /// Reads the body of a moov box. Null when this reader cannot tell: a fragmented movie (mvex:
    /// its samples are in moof boxes), a compressed one (cmov), or sample tables in a form it
    /// leaves to ffprobe.
    /// </summary>
    /// <exception cref="InvalidDataException">A box is damaged, or a sample lies past the end of the file.</exception>
    public static Mp4Movie? Read(ReadOnlySpan<byte> moov, long fileSize)
    {
        uint timescale = 0;
        var cursor = new BoxCursor(moov, "moov");
        while (cursor.Next(out var box))
        {
            switch (box.Type)
            {
                case "mvex" or "cmov":
                    return null;
                case "mvhd":
                    var fields = box.FullBody(12, out var version);
                    if (version == 1)
                    {
                        Box.Require(fields, 20, box.Type);
                    }

                    timescale = Box.U32(fields, version == 1 ? 16 : 8);
                    break;
            }
        }

        Mp4Track? video = null, audio = null;
        var tracks = new BoxCursor(moov, "moov");
        while (tracks.Find("trak", out var trak))
        {
            var handler = Mp4Track.Handler(trak);
            if (handler == "vide" && video is null)
            {
                video = Mp4Track.Read(trak, video: true, timescale, fileSize);
                if (video is null)
                {
                    return null;
                }
            }
            else if (handler == "soun" && audio is null)
            {
                audio = Mp4Track.Read(trak, video: false, timescale, fileSize);
                if (audio is null)
                {
                    return null;
                }
            }
        }

        return new Mp4Movie(video, audio);
    }
}
