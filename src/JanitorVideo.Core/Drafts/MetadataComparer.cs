using System.Globalization;

namespace JanitorVideo.Core.Drafts;

/// <summary>The metadata half of <see cref="DraftDiff"/>: project title, canvas and frame rate.</summary>
internal static class MetadataComparer
{
    public static void Compare(DraftMetadata before, DraftMetadata after, List<DraftChange> changes)
    {
        if (!string.Equals(before.Title, after.Title, StringComparison.Ordinal))
        {
            changes.Add(new DraftChange(DraftChangeKind.TitleChanged, $"Title changed: {DraftWording.QuoteOrNone(before.Title)} → {DraftWording.QuoteOrNone(after.Title)}"));
        }

        if (before.Width != after.Width || before.Height != after.Height)
        {
            changes.Add(new DraftChange(DraftChangeKind.CanvasChanged, $"Canvas changed: {Size(before)} → {Size(after)}"));
        }
        else if (!string.Equals(before.Aspect, after.Aspect, StringComparison.Ordinal))
        {
            // A size change already says it all; the aspect alone matters when no size is given.
            changes.Add(new DraftChange(DraftChangeKind.CanvasChanged, $"Aspect ratio changed: {DraftWording.ClipOrNone(before.Aspect)} → {DraftWording.ClipOrNone(after.Aspect)}"));
        }

        if (before.Fps != after.Fps)
        {
            changes.Add(new DraftChange(DraftChangeKind.FrameRateChanged, $"Frame rate changed: {Fps(before.Fps)} → {Fps(after.Fps)}"));
        }
    }

    private static string Size(DraftMetadata metadata) => (metadata.Width, metadata.Height) switch
    {
        (null, null) => DraftWording.None,
        var (width, height) => $"{Dimension(width)}x{Dimension(height)}",
    };

    private static string Dimension(int? pixels) => pixels?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Fps(double? fps) =>
        fps is { } rate ? rate.ToString("0.###", CultureInfo.InvariantCulture) + " fps" : "default";

}
