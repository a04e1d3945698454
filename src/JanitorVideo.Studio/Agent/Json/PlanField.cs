using System.Globalization;
using System.Text.RegularExpressions;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// What a plan's JSON allows in one field, beyond its type: the words the model reads and the
/// limits, which the schema states (<see cref="PlanSchema"/>) and the reader enforces (<see cref="Check"/>).
/// </summary>
internal sealed record PlanField
{
    public required string Description { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    /// <summary>The only values allowed (numbers as invariant text), or null for any.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>A regular expression the whole text must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>What is wrong with a value read into this field ("must be between 0 and 100, but it is 400"), or null.</summary>
    public string? Check(object value) => value switch
    {
        string text => CheckText(text),
        int whole => CheckNumber(whole),
        double number => CheckNumber(number),
        _ => null,
    };

    private string? CheckText(string text)
    {
        if (text.Trim().Length == 0)
        {
            return "must not be empty";
        }

        if (Allowed is { } allowed && !allowed.Contains(text))
        {
            return $"must be one of {string.Join(", ", allowed)}, but it is \"{text}\"";
        }

        if (MaxLength is { } max && text.Length > max)
        {
            return $"is {text.Length} characters long; at most {max} are allowed";
        }

        return Pattern is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            ? $"\"{text}\" is not allowed here. {Description}"
            : null;
    }

    private string? CheckNumber(double number)
    {
        var shown = number.ToString(CultureInfo.InvariantCulture);
        if (Allowed is { } allowed && !allowed.Contains(shown))
        {
            return $"must be one of {string.Join(", ", allowed)}, but it is {shown}";
        }

        return number < Minimum || number > Maximum
            ? string.Create(CultureInfo.InvariantCulture, $"must be between {Minimum} and {Maximum}, but it is {shown}")
            : null;
    }
}
