using JanitorVideo.SampleArt;
using SkiaSharp;

// Draws the sample art that ships with the repository (our own, no third-party images):
//   druid.png   1024x1536, a character on a transparent background
//   valley.png  1300x970, an opaque painted scene with a figure on a hill
// Deterministic: the same program draws the same pixels. Usage: SampleArt OUTPUT_FOLDER
var folder = args.Length > 0 ? args[0] : Path.Combine("samples", "art");
Directory.CreateDirectory(folder);
Save(Druid.Draw(), Path.Combine(folder, "druid.png"));
Save(Valley.Draw(), Path.Combine(folder, "valley.png"));
return 0;

static void Save(SKBitmap bitmap, string path)
{
    using (bitmap)
    using (var data = bitmap.Encode(SKEncodedImageFormat.Png, 100))
    using (var file = File.Create(path))
    {
        data.SaveTo(file);
    }
    Console.Error.WriteLine($"wrote {path}");
}
