using System.Text;

namespace JanitorVideo.Nemo.Tests.Sse;

/// <summary>
/// One reply to "animate this character with a gentle push-in and sparkles", written by hand as
/// <c>/run_sse</c> sends it (the reference's payloads, the studio's framing: one <c>data:</c> line
/// and a blank line per event): heartbeats while it works, the plan as a tool call and its result,
/// a bare <c>data:</c>, the answer in two text events, and the agent's boilerplate notice at the end.
/// </summary>
internal static class RecordedReply
{
    /// <summary>The reply's lines, without line ends (a blank line ends each event).</summary>
    public static IReadOnlyList<string> Lines { get; } =
    [
        """data: {"type":"heartbeat"}""",
        "",
        """data: {"type":"tool_call","name":"plan_edit","args":{"instruction":"animate this character with a gentle push-in and sparkles","media_id":"m_7f3a9c"}}""",
        "",
        """data: {"type":"heartbeat"}""",
        "",
        """data: {"type":"tool_result","name":"plan_edit","result":{"steps":[{"type":"animate","motion":"push-in","duration_ms":8000},{"type":"particles","kind":"sparkles"}],"title":"樱花 Sakura"}}""",
        "",
        "data:",
        "",
        """data: {"type":"heartbeat"}""",
        "",
        """data: {"type":"text","content":"I animated your character with a gentle push-in (0–8 s) "}""",
        "",
        """data: {"type":"text","content":"and added soft sparkles ✨ and the title “樱花 Sakura”."}""",
        "",
        """data: {"type":"heartbeat"}""",
        "",
        """data: {"type":"text","content":"I encountered a temporary issue. Please try again."}""",
        "",
    ];

    /// <summary>What a reader yields for it, in order.</summary>
    public static IReadOnlyList<string> Events { get; } =
    [
        "heartbeat",
        """tool_call plan_edit: {"instruction":"animate this character with a gentle push-in and sparkles","media_id":"m_7f3a9c"}""",
        "heartbeat",
        """tool_result plan_edit: {"steps":[{"type":"animate","motion":"push-in","duration_ms":8000},{"type":"particles","kind":"sparkles"}],"title":"樱花 Sakura"}""",
        "heartbeat",
        "heartbeat",
        "text: I animated your character with a gentle push-in (0–8 s) ",
        "text: and added soft sparkles ✨ and the title “樱花 Sakura”.",
        "heartbeat",
        "text: I encountered a temporary issue. Please try again.",
    ];

    /// <summary>The reply with every line ended by <paramref name="lineEnd"/>.</summary>
    public static byte[] Bytes(string lineEnd = "\n") => Encoding.UTF8.GetBytes(string.Concat(Lines.Select(line => line + lineEnd)));

    /// <summary>The reply with line ends taken in turn from <paramref name="lineEnds"/>.</summary>
    public static byte[] Bytes(IReadOnlyList<string> lineEnds) =>
        Encoding.UTF8.GetBytes(string.Concat(Lines.Select((line, i) => line + lineEnds[i % lineEnds.Count])));
}
