using JanitorVideo.SampleArt;
using SkiaSharp;

// Draws the sample art that ships with the repository (our own, no third-party images):
//   druid.png   1024x1536, a character on a transparent background
//   valley.png  1300x970, an opaque painted scene with a figure on a hill
// Deterministic: the same program draws the same pixels. Messages go to stderr.
// Usage:
//   SampleArt [FOLDER]                         druid.png and valley.png (default folder: samples/art)
//   SampleArt framing FOLDER                   the framing test set (issue 13): every case and cases.json
//   SampleArt framing-sheet SHEET.png FONT CASE ASPECT IMAGE [CASE ASPECT IMAGE ...]
//                                              one page of renders: a row per case, its source and a column per aspect
if (args.Length > 0 && args[0] == "framing")
{
    if (args.Length != 2)
    {
        return Usage();
    }
    Directory.CreateDirectory(args[1]);
    foreach (var framingCase in FramingSet.All)
    {
        var path = Path.Combine(args[1], framingCase.FileName);
        File.WriteAllBytes(path, framingCase.Encode());
        Console.Error.WriteLine($"wrote {path}");
    }
    var json = Path.Combine(args[1], "cases.json");
    File.WriteAllBytes(json, CasesJson.Write(FramingSet.All));
    Console.Error.WriteLine($"wrote {json}");
    return 0;
}
if (args.Length > 0 && args[0] == "framing-sheet")
{
    if (args.Length < 6 || (args.Length - 3) % 3 != 0)
    {
        return Usage();
    }
    var cells = args.Skip(3).Chunk(3).Select(cell => new SheetCell(cell[0], cell[1], cell[2])).ToList();
    Save(FramingSheet.Draw(cells, args[2]), args[1]);
    return 0;
}
if (args.Length > 1)
{
    return Usage();
}

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

static int Usage()
{
    Console.Error.WriteLine("usage: SampleArt [FOLDER] | SampleArt framing FOLDER | SampleArt framing-sheet SHEET.png FONT CASE ASPECT IMAGE [CASE ASPECT IMAGE ...]");
    return 2;
}
