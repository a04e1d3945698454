namespace JanitorVideo.Studio.Agent;

/// <summary>The checked values of one step's fields, by name; absent and null fields read as null.</summary>
internal sealed class StepValues(IReadOnlyDictionary<string, object?> values)
{
    public int? Integer(string name) => values.TryGetValue(name, out var value) && value is double number ? (int)number : null;

    public double? Number(string name) => values.TryGetValue(name, out var value) && value is double number ? number : null;

    public string? Text(string name) => values.TryGetValue(name, out var value) ? value as string : null;

    public bool? Flag(string name) => values.TryGetValue(name, out var value) && value is bool flag ? flag : null;
}
