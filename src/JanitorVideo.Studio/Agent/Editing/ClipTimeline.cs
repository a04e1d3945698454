using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>The studio's reading of a draft being edited: the first video track holds the images, and the clip ends where they do.</summary>
internal static class ClipTimeline
{
    extension(DraftTree tree)
    {
        /// <summary>The segments of the first video track: the images, in order.</summary>
        public List<JsonObject> Images() => tree.FirstTrack(TrackKind.Video) is { } video ? DraftTree.Segments(video) : [];

        /// <summary>Where the clip ends: the latest end of an image, 0 without images.</summary>
        public long VideoEndMs() => tree.Images().Select(DraftTree.End).DefaultIfEmpty(0).Max();

        /// <summary>The length texts and music should cover: the clip, or one default image length before there is any.</summary>
        public long ClipMs() => tree.VideoEndMs() is > 0 and var end ? end : DraftConventions.DefaultImageMs;
    }
}
