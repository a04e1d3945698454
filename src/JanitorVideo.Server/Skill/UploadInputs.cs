using System.Net;
using System.Net.Sockets;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Core.Net;
using JanitorVideo.Core.Text;
using JanitorVideo.Server.Configuration;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// Turns the agent's <c>files</c> argument into upload sources, refusing anything that cannot
/// work before a backend is touched: missing or unreadable files, folders and devices, content of
/// a format we do not accept, files over 200 MB, non-http(s) links and links into private networks.
/// </summary>
public sealed class UploadInputs(Func<string, CancellationToken, Task<IPAddress[]>> resolveHost)
{
    /// <summary>At most this many files in one call; more is almost always a mistake (a glob gone wide).</summary>
    public const int MaxFilesPerCall = MediaFormats.MaxFilesPerUpload;

    public UploadInputs()
        : this(static (host, ct) => Dns.GetHostAddressesAsync(host, ct))
    {
    }

    /// <summary>A checked source with what the check learned (format and size for files).</summary>
    public sealed record Checked(UploadSource Source, string DisplayName, MediaFormat? Format, long? Bytes);

    /// <param name="area">Where local files may be (checked first, so a path outside learns nothing about itself); anywhere when null.</param>
    public async Task<IReadOnlyList<Checked>> CheckAsync(IReadOnlyList<string>? files, CancellationToken cancellationToken, AllowedArea? area = null)
    {
        if (files is null || files.Count == 0 || files.All(string.IsNullOrWhiteSpace))
        {
            throw Invalid("Give at least one file: a local path (e.g. /home/me/hero.png) or an http(s) link.");
        }
        var distinct = files.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > MaxFilesPerCall)
        {
            throw Invalid($"That is {distinct.Count} files; upload at most {MaxFilesPerCall} at a time.");
        }
        var checkedSources = new List<Checked>(distinct.Count);
        foreach (var entry in distinct)
        {
            checkedSources.Add(IsLink(entry)
                ? await CheckLinkAsync(entry, cancellationToken)
                : CheckFile(entry, area ?? AllowedArea.Anywhere));
        }
        return checkedSources;
    }

    private static bool IsLink(string entry) =>
        entry.Contains("://", StringComparison.Ordinal) && !entry.StartsWith("file://", StringComparison.OrdinalIgnoreCase);

    private async Task<Checked> CheckLinkAsync(string entry, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(entry, UriKind.Absolute, out var url))
        {
            throw Invalid($"'{UserText.Shorten(entry)}' is not a valid link.");
        }
        if (UrlPolicy.CheckUrl(url) is { } refusal)
        {
            throw Invalid(refusal);
        }
        IPAddress[] addresses;
        try
        {
            addresses = await resolveHost(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            throw Invalid($"The host '{url.Host}' could not be found. Check the link, or download the file and give its path.");
        }
        if (addresses.Length == 0)
        {
            throw Invalid($"The host '{url.Host}' could not be found. Check the link, or download the file and give its path.");
        }
        foreach (var address in addresses)
        {
            if (UrlPolicy.CheckResolvedAddress(url, address) is { } privateRefusal)
            {
                throw Invalid(privateRefusal);
            }
        }
        return new Checked(new UploadSource.RemoteUrl(url), url.AbsoluteUri, MediaFormats.FromFileName(url.AbsolutePath), null);
    }

    private static Checked CheckFile(string entry, AllowedArea area)
    {
        if (entry.Contains('\0', StringComparison.Ordinal))
        {
            throw Invalid("A file path cannot contain a NUL character.");
        }
        var path = entry.StartsWith("file://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(entry, UriKind.Absolute, out var fileUri)
            ? fileUri.LocalPath
            : DataFolder.ExpandHome(entry);
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Invalid($"'{UserText.Shorten(entry)}' is not a usable file path.");
        }
        area.Require(full);
        if (Directory.Exists(full))
        {
            throw Invalid($"'{full}' is a folder. Give the path of an image file inside it.");
        }
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            throw new VideoBackendException(ErrorKind.NotFound,
                $"No file at '{full}'. Give the full path of the image (relative paths are taken from {Environment.CurrentDirectory}).");
        }
        if (info.Length == 0)
        {
            // Devices, pipes and /proc files report no length; refusing them here also means a FIFO is never opened.
            var empty = MediaFormats.Check(full, [], 0);
            throw new VideoBackendException(empty.Error!.Value, empty.Reason!);
        }
        Span<byte> head = stackalloc byte[MediaFormats.SniffLength];
        int read;
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (UnauthorizedAccessException)
        {
            throw Invalid($"'{full}' cannot be read (permission denied).");
        }
        catch (IOException e)
        {
            throw Invalid($"'{full}' cannot be read: {e.Message}");
        }
        var check = MediaFormats.Check(full, head[..read], info.Length);
        if (!check.IsAccepted)
        {
            throw new VideoBackendException(check.Error!.Value, check.Reason!);
        }
        return new Checked(new UploadSource.LocalFile(full), info.Name, check.Format, info.Length);
    }

    private static VideoBackendException Invalid(string message) => new(ErrorKind.InvalidInput, message);
}
