namespace JanitorVideo.Render.Text;

/// <summary>A font family the engine looks for, with the file names of its regular and bold faces.</summary>
internal sealed record SystemFont(string FamilyName, IReadOnlyList<string> RegularFiles, IReadOnlyList<string> BoldFiles);
