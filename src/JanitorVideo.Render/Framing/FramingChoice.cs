namespace JanitorVideo.Render.Framing;

/// <summary>Where the subject's head ended up across the frame.</summary>
public enum FramingPosition
{
    LeftThird,
    Centre,
    RightThird,
}

/// <summary>What the framing chose, for the one line that explains it to the user.</summary>
/// <param name="Position">Where the head sits across the frame.</param>
/// <param name="Facing">Which way the subject looks (the look room is on that side).</param>
/// <param name="Grounded">The subject's cut edges put against the frame's edges.</param>
/// <param name="Fitted">True when less of the picture was cropped than its shape called for, to keep the subject.</param>
/// <param name="Heads">How many characters were found side by side.</param>
/// <param name="Faded">The subject's cut sides that dissolve into the backdrop.</param>
public sealed record FramingChoice(FramingPosition Position, Facing Facing, CutEdges Grounded, bool Fitted, int Heads, CutEdges Faded = CutEdges.None)
{
    public static FramingPosition PositionOf(double headCenterX) =>
        headCenterX < 0.43 ? FramingPosition.LeftThird : headCenterX > 0.57 ? FramingPosition.RightThird : FramingPosition.Centre;

    /// <summary>The choice in one short clause, English or Chinese: "kept the character on the left third, facing right".</summary>
    public string Describe(bool zh)
    {
        var who = Heads > 1 ? (zh ? $"{Heads} 个角色" : $"all {Heads} characters") : (zh ? "角色" : "the character");
        var parts = new List<string>();
        if (Heads > 1)
        {
            parts.Add(zh ? $"让{who}都留在画面里" : $"kept {who} in the frame");
        }
        else
        {
            parts.Add(Position switch
            {
                FramingPosition.LeftThird => zh ? $"把{who}放在左侧三分之一" : $"kept {who} on the left third",
                FramingPosition.RightThird => zh ? $"把{who}放在右侧三分之一" : $"kept {who} on the right third",
                _ => zh ? $"让{who}居中" : $"centred {who}",
            });
            if (Facing != Facing.Front)
            {
                parts.Add(Facing == Facing.Right ? (zh ? "面朝右" : "facing right") : (zh ? "面朝左" : "facing left"));
            }
        }
        if (Grounded.HasFlag(CutEdges.Bottom))
        {
            parts.Add(zh ? "下缘贴住画面底边" : "its cut edge on the frame's bottom");
        }
        if (Grounded.HasFlag(CutEdges.Left) || Grounded.HasFlag(CutEdges.Right))
        {
            parts.Add(zh ? "截断的一侧贴住画面边缘" : "its cut side against the frame's edge");
        }
        if (Faded != CutEdges.None)
        {
            parts.Add(zh ? "截断的一侧淡入背景" : "its cut side fading into the backdrop");
        }
        if (Fitted)
        {
            parts.Add(zh ? "为了不裁掉角色，画面四周用模糊背景补齐" : "showing more of the picture over a blurred fill rather than cutting it");
        }
        return string.Join(zh ? "，" : ", ", parts);
    }
}
