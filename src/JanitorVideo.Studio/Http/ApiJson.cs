using System.Text.Json;
using JanitorVideo.Core.Errors;
using Microsoft.AspNetCore.Http;

namespace JanitorVideo.Studio.Http;

/// <summary>The one JSON setup of the HTTP face, and how request bodies are read.</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The body as <typeparamref name="T"/>; null for an empty body.</summary>
    /// <exception cref="VideoBackendException">The body is not JSON of that shape (invalid input).</exception>
    /// <exception cref="BodyTooLargeException">The body is over the endpoint's <see cref="BodyLimit"/>.</exception>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength == 0)
        {
            return null;
        }

        if (BodyLimit.IsOver(request) && BodyLimit.Current(request) is { } limit)
        {
            await BodyLimit.DiscardAsync(request, cancellationToken);
            throw new BodyTooLargeException(limit);
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(BodyLimit.Body(request), Options, cancellationToken);
        }
        catch (BodyTooLargeException)
        {
            await BodyLimit.DiscardAsync(request, cancellationToken);
            throw;
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (at {e.Path})";
            throw new VideoBackendException(ErrorKind.InvalidInput, $"The body is not the JSON this call takes{where}.", e.Message);
        }
    }
}
