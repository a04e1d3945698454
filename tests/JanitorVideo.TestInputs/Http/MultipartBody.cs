using System.Text;

namespace JanitorVideo.TestInputs.Http;

/// <summary>
/// Multipart upload bodies written by hand, one file in the part the API reads (<c>files</c>), whole
/// or broken on purpose.
/// </summary>
public static class MultipartBody
{
    /// <summary>The ways <see cref="Malformed"/> breaks a body, each answered 422 ("cut off or malformed").</summary>
    public static IReadOnlyList<string> Malformations { get; } = ["in the file", "before any part", "with a header too long"];

    public static byte[] Head(string boundary, string fileName) => Encoding.ASCII.GetBytes(
        $"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n");

    public static byte[] Tail(string boundary) => Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n");

    /// <summary>One file's part; without <paramref name="close"/> the body ends where the file does, before the closing boundary.</summary>
    public static byte[] Of(string boundary, string fileName, byte[] file, bool close) =>
        [.. Head(boundary, fileName), .. file, .. close ? Tail(boundary) : []];

    /// <summary>
    /// A body under the boundary <paramref name="boundary"/> that is cut off in the file, cut off before any part,
    /// or has a part header too long (a 20,000-character file name), per <paramref name="where"/> (one of <see cref="Malformations"/>).
    /// </summary>
    public static byte[] Malformed(string where, string boundary, byte[] picture) => where switch
    {
        "in the file" => Of(boundary, "hero.png", picture, close: false),
        "before any part" => Encoding.ASCII.GetBytes($"--{boundary}\r\n"),
        "with a header too long" => Of(boundary, new string('a', 20_000) + ".png", picture, close: true),
        _ => throw new ArgumentOutOfRangeException(nameof(where), where, "Not one of " + string.Join(", ", Malformations)),
    };
}
