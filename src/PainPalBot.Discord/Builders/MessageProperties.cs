using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>Changes to a message (edit original, update a component's message); members left null are unchanged.</summary>
public sealed class MessageProperties
{
    /// <summary>New text.</summary>
    public string? Content { get; set; }

    /// <summary>New embeds (an empty array removes them).</summary>
    public IReadOnlyList<Embed>? Embeds { get; set; }

    /// <summary>A single new embed; combined with <see cref="Embeds"/>.</summary>
    public Embed? Embed { get; set; }

    /// <summary>New components (<see cref="MessageComponent.Empty"/> removes them).</summary>
    public MessageComponent? Components { get; set; }

    /// <summary>Who may be pinged.</summary>
    public AllowedMentions? AllowedMentions { get; set; }

    /// <summary>Files to upload with the edit.</summary>
    public IReadOnlyList<FileAttachment>? Attachments { get; set; }
}
