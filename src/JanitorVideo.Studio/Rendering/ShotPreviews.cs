using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Preview;
using SkiaSharp;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// The previews of a video joined from shots: the first shot's poster, and a contact sheet with
/// one tile per shot (the poster of each; four shots spread across the video when there are more).
/// The shots were joined without re-encoding, so these are frames of the finished video.
/// </summary>
internal static class ShotPreviews
{
    /// <summary>The most tiles on a sheet, as many as a single clip's sheet has.</summary>
    public const int MostTiles = 4;

    /// <summary>Writes the previews beside <paramref name="outputPath"/>, named as the engine names a clip's.</summary>
    /// <returns>Their paths, or nulls when they could not be made (the video itself is fine).</returns>
    public static (string? PosterPath, string? SheetPath) Write(IReadOnlyList<RenderedClip> shots, string outputPath)
    {
        var posterPath = Path.ChangeExtension(outputPath, ".poster.jpg");
        var sheetPath = Path.ChangeExtension(outputPath, ".preview.png");
        var tiles = new List<SKBitmap>();
        try
        {
            foreach (var index in Tiles(shots.Count))
            {
                tiles.Add(SKBitmap.Decode(shots[index].PosterPath) ?? throw new InvalidDataException("a shot's poster could not be decoded"));
            }

            PreviewWriter.WriteContactSheet(tiles, sheetPath);
            File.Move(shots[0].PosterPath, posterPath, overwrite: true);
            return (posterPath, sheetPath);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // Half a set of previews, or an older render's, would show something else than this video.
            DeleteQuietly(posterPath);
            DeleteQuietly(sheetPath);
            return (null, null);
        }
        finally
        {
            foreach (var tile in tiles)
            {
                tile.Dispose();
            }
        }
    }

    /// <summary>Which shots get a tile: all of them up to <see cref="MostTiles"/>, else that many spread evenly from first to last.</summary>
    public static IReadOnlyList<int> Tiles(int shotCount) =>
        shotCount <= MostTiles
            ? [.. Enumerable.Range(0, shotCount)]
            : [.. Enumerable.Range(0, MostTiles).Select(k => (int)Math.Round(k * (shotCount - 1) / (double)(MostTiles - 1)))];

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
