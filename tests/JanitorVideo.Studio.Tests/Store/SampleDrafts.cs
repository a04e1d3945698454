using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Tests.Store;

/// <summary>Drafts the store tests save: told apart by their duration.</summary>
internal static class SampleDrafts
{
    /// <summary>Keys the draft model does not know, at every level, with numbers spelled as sent.</summary>
    public const string WithUnknownKeys =
        """{"t":[{"tt":0,"zz":{"deep":[1.0,2e3,-0.50]},"sg":[{"s":0,"d":5000,"src":"m_0123456789","mystery":true,"fx":{"motion":"orbit","new":null}}]},7],"d":5000,"m":{"width":1080,"height":1920,"future":{"a":[]}},"note":"字幕 ünïcode","big":123456789012345678901234567890}""";

    public static Draft Numbered(int n) =>
        Draft.Parse($$"""{"t":[{"tt":0,"sg":[{"s":0,"d":{{n * 1000}},"n":"clip {{n}}"}]}],"d":{{n * 1000}}}""");
}
