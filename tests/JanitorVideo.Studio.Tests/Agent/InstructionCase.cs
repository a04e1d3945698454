using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Tests.Agent;

/// <summary>
/// One row of the instruction table: in a session (<see cref="AgentContexts"/>), these words must
/// give exactly these steps, or, when <see cref="Asks"/> is set, a question containing it and no steps.
/// </summary>
public sealed record InstructionCase(string Context, string Instruction, IReadOnlyList<EditStep> Steps, string? Asks = null)
{
    public string Key => $"{Context}: {Instruction}";

    public bool IsChinese => Instruction.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    public override string ToString() => Key;
}
