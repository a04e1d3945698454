using JanitorVideo.Render.Imaging;

namespace JanitorVideo.Render.Framing;

/// <summary>Which edges of the picture cut the subject off (a bust's waist, a figure leaning in from the side).</summary>
[Flags]
public enum CutEdges
{
    None = 0,
    Bottom = 1,
    Left = 2,
    Right = 4,
}

/// <summary>Which way the subject looks: the framing leaves room on that side.</summary>
public enum Facing
{
    Front,
    Left,
    Right,
}

/// <summary>
/// What the framing needs to know of a subject, in fractions of the picture (0–1 on both axes):
/// its box, its head (what must never be cut), its main mass (what should stay in the frame),
/// the picture edges that cut it, and which way it faces.
/// </summary>
public sealed record SubjectShape(NormalizedRect Box, NormalizedRect Head, NormalizedRect Mass, CutEdges Cut, Facing Facing, int Heads = 1)
{
    // A subject cut by an edge covers at least this share of its own extent along that edge.
    private const double CutShare = 0.2;

    // Mask samples on the long side: enough to place a head, cheap on a 100-megapixel picture.
    private const int SampleLongSide = 256;

    /// <summary>
    /// A subject known only by its box: the head is taken as the top of the box, as tall as a
    /// figure of that shape usually has it (see <see cref="HeadShare"/>), and the box's middle is its mass.
    /// </summary>
    public static SubjectShape FromBox(NormalizedRect box, CutEdges cut = CutEdges.None)
    {
        var head = box with { Height = box.Height * HeadShare(box.Height / Math.Max(box.Width, 1e-6)) };
        var mass = new NormalizedRect(box.Left + box.Width * 0.1, box.Top + box.Height * 0.1, box.Width * 0.8, box.Height * 0.8);
        return new SubjectShape(box, head, mass, cut, Facing.Front);
    }

    /// <summary>
    /// How much of a subject's height its head (with hair or a hat) takes, from how tall the
    /// subject is for its width (in pixels; <see cref="FromBox"/>, which has no picture size, uses its fractions):
    /// about 0.57 of a bust (hair down to the shoulders counts), 0.5 of a figure in a wide cape,
    /// 0.35 of a slim full figure. Generous: a head taken too large costs a little zoom, one taken
    /// too small may be cut.
    /// </summary>
    public static double HeadShare(double heightOverWidth) => Math.Clamp(0.6 - (heightOverWidth - 1.2) * 0.12, 0.34, 0.6);

    /// <summary>
    /// Measures <paramref name="mask"/> (image-sized): the head is the heaviest run of columns in
    /// the top band of the subject (a staff or a raised hand is thin), several similar runs are a
    /// group; which way it faces comes from where the picture puts it.
    /// </summary>
    public static SubjectShape Measure(SubjectMask mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var step = Math.Max(1, (int)Math.Ceiling(Math.Max(mask.Width, mask.Height) / (double)SampleLongSide));
        var columns = (mask.Width + step - 1) / step;
        var rows = (mask.Height + step - 1) / step;
        var grid = new float[columns * rows];
        for (var r = 0; r < rows; r++)
        {
            var y = Math.Min(mask.Height - 1, r * step + step / 2);
            for (var c = 0; c < columns; c++)
            {
                var x = Math.Min(mask.Width - 1, c * step + step / 2);
                grid[r * columns + c] = mask.Alpha[y * mask.Width + x] / 255f;
            }
        }

        var bounds = mask.Bounds;
        if (bounds.Width <= 0 || bounds.Height <= 0)
        {
            return FromBox(new NormalizedRect(0.25, 0.2, 0.5, 0.7));
        }
        var box = new NormalizedRect(
            (double)bounds.Left / mask.Width, (double)bounds.Top / mask.Height,
            (double)bounds.Width / mask.Width, (double)bounds.Height / mask.Height);
        var cut = CutBy(grid, columns, rows, box);

        // The head: in the top band of the subject, the heaviest run of columns.
        var band = box.Height * HeadShare(bounds.Height / (double)Math.Max(bounds.Width, 1));
        var r0 = Math.Clamp((int)(box.Top * rows), 0, rows - 1);
        var r1 = Math.Clamp((int)Math.Ceiling((box.Top + band) * rows), r0 + 1, rows);
        var sums = new double[columns];
        for (var r = r0; r < r1; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                sums[c] += grid[r * columns + c];
            }
        }
        var runs = Runs(sums, 0.25 * sums.Max());
        var heaviest = runs.MaxBy(run => run.Mass);
        // A group: other runs about as heavy as the heaviest, each wide enough to be a head.
        var heads = runs.Where(run => run.Mass >= 0.5 * heaviest.Mass && run.To - run.From >= 0.4 * (heaviest.To - heaviest.From)).ToList();
        var from = heads.Min(run => run.From);
        var to = heads.Max(run => run.To);
        var headTop = r1;
        for (var r = r0; r < r1 && headTop == r1; r++)
        {
            for (var c = from; c < to; c++)
            {
                if (grid[r * columns + c] >= 0.5f)
                {
                    headTop = r;
                    break;
                }
            }
        }
        headTop = Math.Min(headTop, r1 - 1);
        // Hair and hats reach past the heaviest columns: the head is taken a sixth wider on each side.
        // A mask guessed from colour (not the picture's own alpha) often stops at the face, hair and
        // hats matching the sky behind them: its head is taken to reach higher by 0.6 of its height.
        var pad = 0.15 * (to - from);
        var rise = mask.FromAlpha ? 0 : 0.6 * (r1 - headTop);
        var raisedTop = Math.Max(0, headTop - rise);
        var head = new NormalizedRect(
            Math.Max(0, from - pad) / columns, raisedTop / rows,
            (Math.Min(columns, to + pad) - Math.Max(0, from - pad)) / columns, (r1 - raisedTop) / rows);
        // The mass: the subject's body about the head(s). A saliency mask may also hold other
        // things that stand out (a second figure far off, a tree); they are not what must stay in.
        var reach = 1.5 * (to - from) / heads.Count;
        var mass = MassOf(grid, columns, rows, Math.Max(0, (int)(from - reach)), Math.Min(columns, (int)Math.Ceiling(to + reach)));
        var facing = heads.Count > 1 ? Facing.Front : FacingOf(mask, head);
        return new SubjectShape(box, head, mass, cut, facing, heads.Count);
    }

    // Edges whose outermost samples are subject over a good share of the subject's extent.
    private static CutEdges CutBy(float[] grid, int columns, int rows, NormalizedRect box)
    {
        double bottom = 0, left = 0, right = 0;
        for (var c = 0; c < columns; c++)
        {
            bottom += grid[(rows - 1) * columns + c] >= 0.5f ? 1 : 0;
        }
        for (var r = 0; r < rows; r++)
        {
            left += grid[r * columns] >= 0.5f ? 1 : 0;
            right += grid[r * columns + columns - 1] >= 0.5f ? 1 : 0;
        }
        var cut = CutEdges.None;
        if (bottom / columns >= CutShare * box.Width)
        {
            cut |= CutEdges.Bottom;
        }
        if (left / rows >= CutShare * box.Height)
        {
            cut |= CutEdges.Left;
        }
        if (right / rows >= CutShare * box.Height)
        {
            cut |= CutEdges.Right;
        }
        return cut;
    }

    // The box holding the middle 80% of the subject's mass along each axis, counting the given columns.
    private static NormalizedRect MassOf(float[] grid, int columns, int rows, int fromColumn, int toColumn)
    {
        var byColumn = new double[columns];
        var byRow = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            for (var c = fromColumn; c < toColumn; c++)
            {
                var a = grid[r * columns + c];
                byColumn[c] += a;
                byRow[r] += a;
            }
        }
        var (left, right) = Quantiles(byColumn, 0.1, 0.9);
        var (top, bottom) = Quantiles(byRow, 0.1, 0.9);
        return new NormalizedRect(left / columns, top / rows, (right - left) / columns, (bottom - top) / rows);
    }

    private static (double Low, double High) Quantiles(double[] weights, double low, double high)
    {
        var total = weights.Sum();
        if (total <= 0)
        {
            return (0, weights.Length);
        }
        double sum = 0, first = 0, last = weights.Length;
        var seenLow = false;
        for (var i = 0; i < weights.Length; i++)
        {
            var next = sum + weights[i];
            if (!seenLow && next >= low * total)
            {
                first = i + (low * total - sum) / Math.Max(weights[i], 1e-9);
                seenLow = true;
            }
            if (next >= high * total)
            {
                last = i + (high * total - sum) / Math.Max(weights[i], 1e-9);
                break;
            }
            sum = next;
        }
        return (first, Math.Max(last, first));
    }

    private static List<(int From, int To, double Mass)> Runs(double[] sums, double threshold)
    {
        var runs = new List<(int, int, double)>();
        for (var c = 0; c < sums.Length;)
        {
            if (sums[c] < threshold || threshold <= 0)
            {
                c++;
                continue;
            }
            var start = c;
            double mass = 0;
            for (; c < sums.Length && sums[c] >= threshold; c++)
            {
                mass += sums[c];
            }
            runs.Add((start, c, mass));
        }
        return runs.Count > 0 ? runs : [(0, sums.Length, 1)];
    }

    // Which way a subject looks is read from where the artist put it: a figure on the left of a
    // painting nearly always has its look room on the right, and the crop keeps that composition.
    // A cut-out has no composition to read: it is treated as facing the viewer.
    private static Facing FacingOf(SubjectMask mask, NormalizedRect head)
    {
        if (mask.FromAlpha)
        {
            return Facing.Front;
        }
        return head.CenterX < 0.4 ? Facing.Right : head.CenterX > 0.6 ? Facing.Left : Facing.Front;
    }
}
