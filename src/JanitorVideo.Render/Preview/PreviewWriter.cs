using SkiaSharp;

namespace JanitorVideo.Render.Preview;

/// <summary>
/// The images an agent can look at instead of the video: a poster frame (JPEG, full size) and a
/// contact sheet of a few moments (PNG, kept well under 200 KB by shrinking its tiles).
/// </summary>
public static class PreviewWriter
{
    public const long SheetBudgetBytes = 180_000;

    /// <summary>Where in the clip the sheet's frames are taken (fractions of the length).</summary>
    public static IReadOnlyList<double> SheetMoments { get; } = [0.1, 0.37, 0.63, 0.9];

    /// <summary>The poster is the moment after the opening has settled.</summary>
    public const double PosterMoment = 0.37;

    public static void WritePoster(SKBitmap frame, string path)
    {
        using var data = frame.Encode(SKEncodedImageFormat.Jpeg, 88);
        WriteAtomically(path, data);
    }

    /// <summary>Lays the frames side by side and saves the sheet as PNG within <see cref="SheetBudgetBytes"/>.</summary>
    public static void WriteContactSheet(IReadOnlyList<SKBitmap> frames, string path)
    {
        var tileHeight = 320;
        while (true)
        {
            var tileWidth = Math.Max(1, (int)Math.Round((double)frames[0].Width / frames[0].Height * tileHeight));
            using var sheet = new SKBitmap(new SKImageInfo(tileWidth * frames.Count + 4 * (frames.Count - 1), tileHeight, SKColorType.Bgra8888, SKAlphaType.Premul));
            using (var canvas = new SKCanvas(sheet))
            {
                canvas.Clear(new SKColor(0x10, 0x10, 0x14));
                for (var i = 0; i < frames.Count; i++)
                {
                    using var image = SKImage.FromBitmap(frames[i]);
                    canvas.DrawImage(image, SKRect.Create(i * (tileWidth + 4), 0, tileWidth, tileHeight),
                        new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), null);
                }
            }
            using var data = sheet.Encode(SKEncodedImageFormat.Png, 100);
            if (data.Size <= SheetBudgetBytes || tileHeight <= 96)
            {
                WriteAtomically(path, data);
                return;
            }
            tileHeight = (int)(tileHeight * 0.8);
        }
    }

    private static void WriteAtomically(string path, SKData data)
    {
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            data.SaveTo(file);
        }
        File.Move(temp, path, overwrite: true);
    }
}
