using System.Text.RegularExpressions;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The plan as the rule rows build it up, clause by clause, before <see cref="PlanAssembler"/>
/// turns it into steps. Image indexes count the images on the timeline, then the uploaded images
/// not placed yet.
/// </summary>
internal sealed class PlanSketch
{
    private readonly List<ImageSketch> _images = [];

    public PlanSketch(EditContext context, bool chinese, IReadOnlyList<string> quoted)
    {
        Context = context;
        Chinese = chinese;
        Quoted = quoted;
        var video = context.Draft.Tracks.FirstOrDefault(track => track.Kind == TrackKind.Video);
        PlacedImages = video?.Segments ?? [];
        UnplacedImages = ImageEdits.Unplaced(context.Media, PlacedImages.Select(segment => segment.Source)).ToList();
    }

    public EditContext Context { get; }

    public bool Chinese { get; }

    public IReadOnlyList<string> Quoted { get; }

    public IReadOnlyList<DraftSegment> PlacedImages { get; }

    public IReadOnlyList<MediaItem> UnplacedImages { get; }

    public int ImageCount => PlacedImages.Count + UnplacedImages.Count;

    public int Clause { get; private set; } = -1;

    /// <summary>The current clause as the rows see it: earlier rows' words blanked out.</summary>
    public string ClauseText { get; set; } = string.Empty;

    /// <summary>The image the current clause is about (0-based); null for every image or none named.</summary>
    public int? Target { get; set; }

    /// <summary>The current clause said "each" or "every": a length is per image.</summary>
    public bool Each { get; set; }

    /// <summary>An image number that does not exist (1-based), for the question.</summary>
    public int? MissingImage { get; set; }

    /// <summary>An image was named while there is none.</summary>
    public bool NamedImageWithoutAny { get; set; }

    public IReadOnlyList<ImageSketch> Images => _images;

    public List<TextSketch> Texts { get; } = [];

    public MusicSketch Music { get; } = new();

    public string? Aspect { get; set; }

    public int? ShortSide { get; set; }

    /// <summary>The resolution words asked for more than is offered ("4K").</summary>
    public string? TooHighResolution { get; set; }

    public bool Undo { get; set; }

    public bool Redo { get; set; }

    public SortedSet<int> RemovedImages { get; } = [];

    /// <summary>The sketch of the current target image, created on first use.</summary>
    public ImageSketch Image
    {
        get
        {
            var sketch = _images.Find(image => image.Target == Target);
            if (sketch is null)
            {
                sketch = new ImageSketch(Target);
                _images.Add(sketch);
            }

            return sketch;
        }
    }

    public void BeginClause() => Clause++;

    /// <summary>The quoted text a match's <c>q</c> group points at, or its <c>t</c> group's words.</summary>
    public string? TextOf(Match match)
    {
        if (match.Groups["q"] is { Success: true } quote && int.TryParse(quote.Value, out var index) && index < Quoted.Count)
        {
            return Quoted[index];
        }

        return match.Groups["t"] is { Success: true } words && words.Value.Trim().TrimEnd('.', '。', '!', '！') is { Length: > 0 } trimmed
            ? trimmed
            : null;
    }

    public TextSketch AddText(TextSketchKind kind, string? style, string? text)
    {
        var sketch = new TextSketch(kind, style, text, Clause);
        Texts.Add(sketch);
        return sketch;
    }

    /// <summary>The text a time range or placement belongs to: the latest one of this clause, else the latest untimed one.</summary>
    public TextSketch? LatestText(bool forTimes) =>
        Texts.LastOrDefault(text => text.Kind != TextSketchKind.Remove && text.Clause == Clause)
        ?? Texts.LastOrDefault(text => text.Kind != TextSketchKind.Remove && (forTimes ? !text.IsTimed : text.Placement is null));
}
