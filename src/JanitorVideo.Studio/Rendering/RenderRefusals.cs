using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Text;

namespace JanitorVideo.Studio.Rendering;

/// <summary>Why a draft cannot be rendered, in words for the user.</summary>
internal static class RenderRefusals
{
    public static VideoBackendException NoImages() =>
        new(ErrorKind.NothingToExport, "There is nothing to export yet: the timeline has no image. Upload an image and ask for an animation first.");

    public static VideoBackendException ImageWithoutPicture(int position) =>
        new(ErrorKind.InvalidInput, $"Image {position} on the timeline has no picture: remove it, or place the image again.");

    public static VideoBackendException MissingImage(string name) =>
        new(ErrorKind.InvalidInput, $"The image '{UserText.Shorten(name)}' is no longer in the project; upload it again.");

    public static VideoBackendException NotAPicture(string name) =>
        new(ErrorKind.InvalidInput, $"'{UserText.Shorten(name)}' on the timeline is not a picture or a video: replace it with an image (JPG, PNG, WEBP or GIF).");

    public static VideoBackendException UnreadableVideo(string name, Exception reason) =>
        new(ErrorKind.InvalidInput, $"The video '{UserText.Shorten(name)}' on the timeline could not be read to take its first frame: upload the picture itself (JPG, PNG, WEBP or GIF).", reason.Message, reason);

    public static VideoBackendException MissingMusic(string name) =>
        new(ErrorKind.InvalidInput, $"The music '{UserText.Shorten(name)}' is no longer in the project; upload it again, or choose a built-in bed (lo-fi, ambient, epic, cute).");

    public static VideoBackendException UnknownBed(string name) =>
        new(ErrorKind.InvalidInput, $"There is no built-in music called '{UserText.Shorten(name)}': choose lo-fi, ambient, epic or cute.");
}
