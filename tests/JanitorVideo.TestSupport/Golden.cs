using System.Runtime.CompilerServices;

namespace JanitorVideo.TestSupport;

/// <summary>
/// Compares text with a golden file checked in beside the calling test's source file (in a
/// <c>Golden/</c> folder next to it, found through <see cref="CallerFilePathAttribute"/>, so each test
/// project keeps its own golden files).
/// Run the tests with <c>JANITOR_ACCEPT_GOLDEN=1</c> to write new output on purpose; review the
/// diff in git before committing it.
/// </summary>
public static class Golden
{
    private const string AcceptVariable = "JANITOR_ACCEPT_GOLDEN";

    /// <summary>Fails the test when <paramref name="actual"/> differs from the golden file <paramref name="name"/>.</summary>
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden");
        var path = Path.Combine(folder, name);
        var normalized = Normalize(actual);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, normalized);
            return;
        }

        Assert.True(File.Exists(path),
            $"No golden file {path}. Run the tests with {AcceptVariable}=1 to create it, then review it.");
        var expected = Normalize(File.ReadAllText(path));
        if (expected != normalized)
        {
            Assert.Fail($"Output differs from golden file {name}. Run with {AcceptVariable}=1 to accept it.\n" +
                        $"--- expected\n{expected}\n--- actual\n{normalized}");
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}
