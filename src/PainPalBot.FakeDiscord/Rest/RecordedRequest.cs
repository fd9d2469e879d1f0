using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PainPalBot.FakeDiscord;

/// <summary>One REST request FakeDiscord received, as the bot sent it, with the status it was answered.</summary>
public sealed class RecordedRequest
{
    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The path under the API base, without <c>/api/v10</c> and without the query, e.g. <c>/channels/1/messages</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The query string including <c>?</c>, or empty.</summary>
    public string Query { get; init; } = "";

    /// <summary>The route it matched, e.g. <c>POST /channels/{channel_id}/messages</c>; null for an unknown route.</summary>
    public string? Route { get; init; }

    /// <summary>Request headers (case-insensitive names; repeated values joined with a comma).</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The raw body as UTF-8 text (for multipart, the whole multipart body).</summary>
    public string Body { get; init; } = "";

    /// <summary>The multipart parts, in order; empty for a JSON body.</summary>
    public IReadOnlyList<RecordedPart> Parts { get; init; } = [];

    /// <summary>When it arrived.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The HTTP status FakeDiscord answered with.</summary>
    public int StatusCode { get; internal set; }

    /// <summary>The uploaded files (parts with a file name), in order.</summary>
    public IReadOnlyList<RecordedPart> Files => [.. Parts.Where(p => p.FileName is not null)];

    /// <summary>The <c>payload_json</c> part of a multipart request, or null.</summary>
    public string? PayloadJson => Parts.FirstOrDefault(p => p.Name == "payload_json")?.Text;

    /// <summary>The JSON the request carried: <c>payload_json</c> for multipart, else the body.</summary>
    public string Json => PayloadJson ?? Body;

    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The request's JSON read as a wire type.</summary>
    public T? ReadJson<T>(JsonTypeInfo<T> typeInfo) => Json.Length == 0 ? default : JsonSerializer.Deserialize(Json, typeInfo);

    /// <summary>The request's JSON as a DOM, for asserting on exact wire shapes (e.g. snowflakes as strings).</summary>
    public JsonElement JsonBody()
    {
        using var document = JsonDocument.Parse(Json);
        return document.RootElement.Clone();
    }

    /// <summary>This request without what it carried (headers, body, files): what a server that keeps no bodies holds.</summary>
    internal RecordedRequest WithoutContent() => new()
    {
        Method = Method,
        Path = Path,
        Query = Query,
        Route = Route,
        Headers = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty,
        Timestamp = Timestamp,
        StatusCode = StatusCode,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}{Query} -> {StatusCode}";
}
