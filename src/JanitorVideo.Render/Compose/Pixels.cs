namespace JanitorVideo.Render.Compose;

/// <summary>A view of a BGRA premultiplied pixel buffer: one <see cref="uint"/> per pixel, rows <see cref="Stride"/> pixels apart.</summary>
public readonly unsafe struct Pixels(uint* data, int width, int height, int stride)
{
    public uint* Data { get; } = data;

    public int Width { get; } = width;

    public int Height { get; } = height;

    public int Stride { get; } = stride;

    public uint* Row(int y) => Data + (long)y * Stride;

    public static Pixels Of(SkiaSharp.SKBitmap bitmap) =>
        new((uint*)bitmap.GetPixels(), bitmap.Width, bitmap.Height, bitmap.RowBytes / 4);
}
