using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>One rendered frame to put on the sheet: a framing case in one aspect (the file may be missing if the render failed).</summary>
internal sealed record SheetCell(string Case, string Aspect, string Image);

/// <summary>
/// One page for a person to judge framing at a glance: a row per case, the source picture first
/// (on a checkerboard where transparent, its subject box in green and head boxes in red), then a
/// column per aspect, every cell scaled to the same height and labelled with case and aspect.
/// </summary>
internal static class FramingSheet
{
    private const int CellHeight = 360, LabelHeight = 34, Gap = 16, Margin = 24, TitleHeight = 60;
    private const string SourceColumn = "source";

    public static SKBitmap Draw(IReadOnlyList<SheetCell> cells, string fontFile)
    {
        var rows = cells.Select(c => c.Case).Distinct().ToList();
        var columns = cells.Select(c => c.Aspect).Distinct().Prepend(SourceColumn).ToList();
        var images = new Dictionary<(string Case, string Column), SKBitmap?>();
        try
        {
            foreach (var name in rows)
            {
                images[(name, SourceColumn)] = FramingSet.Get(name).Draw();
                foreach (var aspect in columns.Skip(1))
                {
                    var cell = cells.FirstOrDefault(c => c.Case == name && c.Aspect == aspect);
                    images[(name, aspect)] = cell is not null && File.Exists(cell.Image) ? SKBitmap.Decode(cell.Image) : null;
                }
            }
            using var typeface = File.Exists(fontFile) ? SKTypeface.FromFile(fontFile) : SKTypeface.Default;
            using var titleFont = new SKFont(typeface, 30);
            using var labelFont = new SKFont(typeface, 21);
            // A column is as wide as its widest picture or label, so a narrow 9:16 frame's label stays readable.
            var widths = columns.Select(column => rows.Max(name =>
                Math.Max(CellWidth(images[(name, column)], column), (int)Math.Ceiling(labelFont.MeasureText(Label(name, column))) + 8))).ToList();
            var width = Margin * 2 + widths.Sum() + Gap * (columns.Count - 1);
            var height = Margin * 2 + TitleHeight + rows.Count * (LabelHeight + CellHeight + Gap);
            var page = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
            using var canvas = new SKCanvas(page);
            canvas.Clear(new SKColor(0x1E, 0x20, 0x24));
            using var text = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawText("Framing sheet: a row per case; its source (subject box green, head boxes red), then each aspect's middle frame",
                Margin, Margin + 34, SKTextAlign.Left, titleFont, text);
            var y = Margin + TitleHeight;
            foreach (var name in rows)
            {
                var x = Margin;
                for (var i = 0; i < columns.Count; i++)
                {
                    var column = columns[i];
                    canvas.DrawText(Label(name, column), x + 2, y + LabelHeight - 10, SKTextAlign.Left, labelFont, text);
                    var image = images[(name, column)];
                    var cellWidth = CellWidth(image, column);
                    var rect = SKRect.Create(x + (widths[i] - cellWidth) / 2f, y + LabelHeight, cellWidth, CellHeight);
                    if (column == SourceColumn)
                    {
                        Source(canvas, FramingSet.Get(name), image!, rect);
                    }
                    else if (image is null)
                    {
                        using var missing = new SKPaint { Color = new SKColor(0x60, 0x20, 0x20) };
                        canvas.DrawRect(rect, missing);
                        canvas.DrawText("no render", rect.MidX, rect.MidY, SKTextAlign.Center, labelFont, text);
                    }
                    else
                    {
                        using var frame = SKImage.FromBitmap(image);
                        canvas.DrawImage(frame, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
                    }
                    x += widths[i] + Gap;
                }
                y += LabelHeight + CellHeight + Gap;
            }
            return page;
        }
        finally
        {
            foreach (var image in images.Values)
            {
                image?.Dispose();
            }
        }
    }

    private static string Label(string name, string column) => $"{name} · {column}";

    private static int CellWidth(SKBitmap? image, string column)
    {
        if (image is not null)
        {
            return (int)Math.Round((double)image.Width * CellHeight / image.Height);
        }
        var parts = column.Split(':');
        return parts.Length == 2 && double.TryParse(parts[0], out var w) && double.TryParse(parts[1], out var h) && h > 0
            ? (int)Math.Round(w * CellHeight / h)
            : CellHeight;
    }

    private static void Source(SKCanvas canvas, FramingCase framingCase, SKBitmap picture, SKRect rect)
    {
        if (framingCase.Transparent)
        {
            using var light = new SKPaint { Color = new SKColor(0xC8, 0xC8, 0xC8) };
            using var dark = new SKPaint { Color = new SKColor(0x98, 0x98, 0x98) };
            canvas.Save();
            canvas.ClipRect(rect);
            const int square = 12;
            for (var row = 0; row * square < rect.Height; row++)
            {
                for (var col = 0; col * square < rect.Width; col++)
                {
                    canvas.DrawRect(rect.Left + col * square, rect.Top + row * square, square, square, (row + col) % 2 == 0 ? light : dark);
                }
            }
            canvas.Restore();
        }
        using (var image = SKImage.FromBitmap(picture))
        {
            // Pixel art is enlarged with hard edges, as it should be shown.
            var sampling = framingCase.PixelArt ? new SKSamplingOptions(SKFilterMode.Nearest) : new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
            canvas.DrawImage(image, rect, sampling);
        }
        var scale = rect.Height / framingCase.Height;
        SKRect Placed(SKRectI box) => new(rect.Left + box.Left * scale, rect.Top + box.Top * scale, rect.Left + box.Right * scale, rect.Top + box.Bottom * scale);
        using var subject = new SKPaint { Color = new SKColor(0x30, 0xE0, 0x50), Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = true };
        canvas.DrawRect(Placed(framingCase.SubjectBox), subject);
        using var head = new SKPaint { Color = new SKColor(0xFF, 0x40, 0x40), Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = true };
        foreach (var box in framingCase.Heads)
        {
            canvas.DrawRect(Placed(box), head);
        }
    }
}
