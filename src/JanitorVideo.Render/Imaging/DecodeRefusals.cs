using System.Globalization;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// The words of every decode refusal, in one place: what is wrong with the file and what to do.
/// </summary>
internal static class DecodeRefusals
{
    private const string Accepted = ImageFormatNames.AcceptedList;

    public static RenderInputException Empty() =>
        new($"The image file is empty (0 bytes). Upload the picture again as {Accepted}.");

    public static RenderInputException NotAnImage() =>
        new($"This file is not an image that can be read. Upload a {Accepted} picture.");

    public static RenderInputException Unsupported(string formatName) =>
        new($"This is a {formatName} image, which cannot be animated. Convert it to {Accepted} and upload it again.");

    public static RenderInputException Damaged(string formatName, Exception? inner = null) =>
        new($"The {formatName} file is damaged or cut short, so part of the picture is missing. "
            + $"Upload the complete file again, or re-save it as {Accepted}.", inner);

    public static RenderInputException TooManyPixels(int width, int height, int maxPixels) =>
        new($"The image is {width}x{height} ({Megapixels((long)width * height)} megapixels); the limit is "
            + $"{Megapixels(maxPixels)} megapixels. Resize it and upload again.");

    public static RenderInputException AnimationTooLarge(int width, int height, long maxPixels) =>
        new($"The animation is {width}x{height} ({Megapixels((long)width * height)} megapixels a frame); "
            + $"animated images can be at most {Megapixels(maxPixels)} megapixels. Resize it and upload again.");

    public static RenderInputException AnimationTooMuchWork(int frames, int width, int height, long maxPixels) =>
        new($"The animation has {frames} frames of {width}x{height}: {Megapixels((long)frames * width * height)} megapixels to draw, "
            + $"over the limit of {Megapixels(maxPixels)}. Resize it, shorten it or lower its frame rate, and upload again.");

    public static RenderInputException TooManyFrames(int frames, int maxFrames) =>
        new($"The animation has {frames} frames; at most {maxFrames} can be animated. "
            + "Shorten it or lower its frame rate and upload again.");

    public static RenderInputException NotFound(string path) =>
        new($"The image file \"{Path.GetFileName(path)}\" was not found. Check the path and try again.");

    public static RenderInputException Unreadable(string path, Exception inner) =>
        new($"The image file \"{Path.GetFileName(path)}\" could not be read ({inner.Message}). "
            + "Check that it exists and is not open elsewhere.", inner);

    private static string Megapixels(long pixels)
    {
        var mp = pixels / 1_000_000.0;
        var format = mp >= 10 ? "0" : "0.#";
        return mp.ToString(format, CultureInfo.InvariantCulture);
    }
}
