using System.Text;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// Reads a child's error output to its end, keeping only the last lines (each cut to a sane
/// length): the pipe never fills and blocks the child, and memory stays bounded whatever it says.
/// </summary>
internal sealed class StderrTail(int maxLines = 50, int maxLineLength = 400)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    /// <summary>The last lines read so far, oldest first.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public async Task PumpAsync(TextReader reader)
    {
        var buffer = new char[4096];
        var line = new StringBuilder();
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer.AsMemory())) > 0)
            {
                foreach (var c in buffer.AsSpan(0, read))
                {
                    if (c is '\n' or '\r')
                    {
                        Flush(line);
                    }
                    else if (line.Length < maxLineLength)
                    {
                        line.Append(c);
                    }
                }
            }
        }
        catch (IOException)
        {
            // The child went away mid-line: what was read is all there is.
        }
        catch (ObjectDisposedException)
        {
        }

        Flush(line);
    }

    private void Flush(StringBuilder line)
    {
        if (line.Length == 0)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line.ToString());
            while (_lines.Count > maxLines)
            {
                _lines.Dequeue();
            }
        }

        line.Clear();
    }
}
