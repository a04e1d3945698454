using System.Runtime.InteropServices;
using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Decodes a still image to a given size without ever holding more of it than needed: the
/// codec's own scaling where it has one (JPEG, WEBP), else rows streamed through an
/// <see cref="AreaDownsampler"/> (scanlines, or bands of rows for PNG), and a whole-image decode
/// only for codecs that offer neither (GIF), which the pixel limit bounds.
/// </summary>
internal static unsafe class StillDecoder
{
    // Rows decoded at once when a codec can only decode bands: bounds memory for huge PNGs.
    private const long BandBytes = 64L << 20;
    private const int ScanlineBatch = 16;

    public static SKBitmap Decode(SKCodec codec, SKSizeI target, string format)
    {
        var stored = codec.Info.Size;
        if (target == stored)
        {
            return DecodeWhole(codec, stored, format);
        }
        if (NativeScale(codec, target) is { } native)
        {
            var decoded = DecodeWhole(codec, native, format);
            if (native == target)
            {
                return decoded;
            }
            using (decoded)
            {
                return AreaDownsampler.Shrink(decoded, target.Width, target.Height);
            }
        }
        return TryScanlines(codec, target, format)
            ?? TryBands(codec, target, format)
            ?? ShrinkWhole(codec, target, format);
    }

    /// <summary>Pixel info every decode asks for: BGRA premultiplied, converted to sRGB.</summary>
    public static SKImageInfo DecodeInfo(SKSizeI size) =>
        new(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());

    public static SKBitmap NewBitmap(SKSizeI size) =>
        new(new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Premul));

    /// <summary>Throws the user-facing refusal for a failed decode.</summary>
    public static void Check(SKCodecResult result, string format)
    {
        if (result != SKCodecResult.Success)
        {
            throw DecodeRefusals.Damaged(format, new InvalidDataException($"Skia decode result: {result}"));
        }
    }

    private static SKBitmap DecodeWhole(SKCodec codec, SKSizeI size, string format)
    {
        var bitmap = NewBitmap(size);
        try
        {
            Check(codec.GetPixels(DecodeInfo(size), bitmap.GetPixels(), bitmap.RowBytes, SKCodecOptions.Default), format);
            return bitmap;
        }
        catch
        {
            bitmap.Dispose();
            throw;
        }
    }

    // The smallest size the codec decodes to natively that is still at least the target, if it
    // is smaller than the stored size. JPEG scales in eighths; WEBP to any size.
    private static SKSizeI? NativeScale(SKCodec codec, SKSizeI target)
    {
        var stored = codec.Info.Size;
        SKSizeI? best = null;
        var exact = (float)target.Width / stored.Width;
        foreach (var scale in Enumerable.Range(1, 8).Select(k => k / 8f).Append(exact))
        {
            var size = codec.GetScaledDimensions(scale);
            var fits = size.Width >= target.Width && size.Height >= target.Height;
            var smaller = size.Width < stored.Width || size.Height < stored.Height;
            if (fits && smaller && (best is null || (long)size.Width * size.Height < (long)best.Value.Width * best.Value.Height))
            {
                best = size;
            }
        }
        return best;
    }

    private static SKBitmap? TryScanlines(SKCodec codec, SKSizeI target, string format)
    {
        var stored = codec.Info.Size;
        if (codec.StartScanlineDecode(DecodeInfo(stored)) != SKCodecResult.Success
            || codec.ScanlineOrder != SKCodecScanlineOrder.TopDown)
        {
            return null;
        }
        var rowBytes = stored.Width * 4;
        var buffer = (byte*)NativeMemory.Alloc((nuint)((long)rowBytes * ScanlineBatch));
        var result = NewBitmap(target);
        try
        {
            var downsampler = new AreaDownsampler(stored.Width, stored.Height, result);
            for (var y = 0; y < stored.Height; y += ScanlineBatch)
            {
                var count = Math.Min(ScanlineBatch, stored.Height - y);
                if (codec.GetScanlines((IntPtr)buffer, count, rowBytes) != count)
                {
                    throw DecodeRefusals.Damaged(format);
                }
                for (var r = 0; r < count; r++)
                {
                    downsampler.PushRow((uint*)(buffer + ((long)r * rowBytes)));
                }
            }
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }

    // Decodes full-width bands of rows, each from the start of the file (the codec cannot pause
    // between bands), trading some repeated decoding for memory bounded by BandBytes.
    private static SKBitmap? TryBands(SKCodec codec, SKSizeI target, string format)
    {
        var stored = codec.Info.Size;
        var rowBytes = stored.Width * 4;
        var bandRows = (int)Math.Clamp(BandBytes / rowBytes, 1, stored.Height);
        var buffer = (byte*)NativeMemory.Alloc((nuint)((long)rowBytes * bandRows));
        var result = NewBitmap(target);
        try
        {
            var downsampler = new AreaDownsampler(stored.Width, stored.Height, result);
            for (var top = 0; top < stored.Height; top += bandRows)
            {
                var bottom = Math.Min(stored.Height, top + bandRows);
                var band = new SKCodecOptions(new SKRectI(0, top, stored.Width, bottom));
                var started = codec.StartIncrementalDecode(DecodeInfo(stored), (IntPtr)buffer, rowBytes, band);
                if (started != SKCodecResult.Success && top == 0)
                {
                    result.Dispose();
                    return null;
                }
                Check(started, format);
                Check(codec.IncrementalDecode(), format);
                for (var r = 0; r < bottom - top; r++)
                {
                    downsampler.PushRow((uint*)(buffer + ((long)r * rowBytes)));
                }
            }
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }

    private static SKBitmap ShrinkWhole(SKCodec codec, SKSizeI target, string format)
    {
        using var whole = DecodeWhole(codec, codec.Info.Size, format);
        return AreaDownsampler.Shrink(whole, target.Width, target.Height);
    }
}
