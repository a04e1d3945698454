using System.Globalization;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Server.Cli;

/// <summary>
/// How <c>animate</c>'s options reach the studio: what a person would say goes to the agent as
/// words (the prompt, length, frame, resolution, music, loop, pixel art); what no one says aloud (a preset
/// name, frames per second, the seed) is set on the draft the render is asked for.
/// </summary>
public static class AnimateInstruction
{
    public const string DefaultPrompt = "animate this character";

    /// <summary>The words for the agent: the prompt, then one clause per option given.</summary>
    /// <param name="pixelArt">True or false when pixel art was asked for or against; null leaves it to the prompt and the picture.</param>
    public static string Compose(string? prompt, double? seconds, string? aspect, int? shortSide, bool loop, string? bed, bool songUploaded, bool? pixelArt = null)
    {
        var clauses = new List<string> { string.IsNullOrWhiteSpace(prompt) ? DefaultPrompt : prompt.Trim().TrimEnd('.', '。') };
        if (seconds is { } s)
        {
            clauses.Add(string.Create(CultureInfo.InvariantCulture, $"make it {s:0.##} seconds"));
        }

        if (aspect is not null)
        {
            clauses.Add($"make it {aspect}");
        }

        if (shortSide is { } side)
        {
            clauses.Add(string.Create(CultureInfo.InvariantCulture, $"{side}p"));
        }

        if (loop)
        {
            clauses.Add("make it loop seamlessly");
        }

        // Last among the motion words, so the option outweighs the prompt.
        if (pixelArt is { } crisp)
        {
            clauses.Add(crisp ? "keep the pixels crisp as pixel art" : "no pixel art");
        }

        if (bed is not null)
        {
            clauses.Add($"add {bed} music");
        }
        else if (songUploaded)
        {
            clauses.Add("add the uploaded song as music");
        }

        return string.Join(", ", clauses);
    }

    /// <summary>The draft to render: <paramref name="draft"/> with the frame rate, the seed and, when named, the motion preset of every image.</summary>
    public static Draft Finish(Draft draft, int fps, int seed, string? motion)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var tree = new DraftTree(draft);
        DraftValues.SetNumber(tree.Metadata, DraftKeys.Fps, fps);
        DraftValues.SetNumber(tree.Metadata, DraftConventions.SeedKey, seed);
        if (motion is not null)
        {
            foreach (var segment in tree.TracksOf(TrackKind.Video).SelectMany(DraftTree.Segments))
            {
                DraftValues.SetText(DraftTree.Effects(segment), DraftConventions.MotionKey, motion);
            }
        }

        return tree.ToDraft();
    }
}
