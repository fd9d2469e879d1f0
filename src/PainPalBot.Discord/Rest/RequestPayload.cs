using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PainPalBot.Discord.Models;

using PainPalBot.Discord.Internal;

namespace PainPalBot.Discord.Rest;

/// <summary>
/// A request body serialized once into a pooled buffer: plain JSON, or multipart with
/// <c>payload_json</c> and <c>files[n]</c> when files go along. Each attempt gets fresh
/// <see cref="HttpContent"/> over the same bytes, so a retry costs no re-serialization.
/// </summary>
internal sealed class RequestPayload : IDisposable
{
    private readonly PooledBufferWriter _json;
    private readonly IReadOnlyList<FileAttachment>? _files;

    private RequestPayload(PooledBufferWriter json, IReadOnlyList<FileAttachment>? files)
    {
        _json = json;
        _files = files;
    }

    public static RequestPayload Create<T>(T value, JsonTypeInfo<T> typeInfo, IReadOnlyList<FileAttachment>? files = null)
    {
        var buffer = new PooledBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer))
                JsonSerializer.Serialize(writer, value, typeInfo);
            return new RequestPayload(buffer, files is { Count: > 0 } ? files : null);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>The <c>attachments</c> entries that match uploaded files by index, as Discord wants them.</summary>
    public static AttachmentReference[] AttachmentsFor(IReadOnlyList<FileAttachment> files)
    {
        var references = new AttachmentReference[files.Count];
        for (var i = 0; i < files.Count; i++)
            references[i] = new AttachmentReference { Id = (ulong)i, Filename = files[i].FileName, Description = files[i].Description };
        return references;
    }

    public HttpContent CreateContent()
    {
        var json = new ReadOnlyMemoryContent(_json.WrittenMemory);
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (_files is null)
            return json;

        var multipart = new MultipartFormDataContent();
        multipart.Add(json, "payload_json");
        for (var i = 0; i < _files.Count; i++)
        {
            var file = _files[i];
            var part = new ReadOnlyMemoryContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            multipart.Add(part, FilePartName(i), file.FileName);
        }

        return multipart;
    }

    public void Dispose() => _json.Dispose();

    private static string FilePartName(int index) => index switch
    {
        0 => "files[0]",
        1 => "files[1]",
        2 => "files[2]",
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"files[{index}]"),
    };
}
