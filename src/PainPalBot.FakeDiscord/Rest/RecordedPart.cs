using System.Text;

namespace PainPalBot.FakeDiscord;

/// <summary>One part of a multipart request: <c>payload_json</c>, or a file such as <c>files[0]</c>.</summary>
public sealed record RecordedPart(string Name, string? FileName, string? ContentType, byte[] Content)
{
    /// <summary>The content as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Content);
}
