using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Stories;

/// <summary>How a story looks in a channel: an embed with the warning above a spoilered text, and nothing about the author.</summary>
internal static class StoryRendering
{
    private const string SpoilerBars = "||";

    // A zero-width space between the bars keeps a story from closing its own spoiler early.
    private const string EscapedBars = "|\u200B|";

    public static Embed Embed(Story story)
    {
        var title = story.Topic is { Length: > 0 } topic ? $"A story from a member · {topic}" : "A story from a member";
        var text = story.Text.Replace(SpoilerBars, EscapedBars, StringComparison.Ordinal);
        var description = story.ContentWarning is { Length: > 0 } warning
            ? $"**Content warning:** {warning.Replace(SpoilerBars, EscapedBars, StringComparison.Ordinal)}\n{SpoilerBars}{text}{SpoilerBars}"
            : text;
        return new Embed
        {
            Title = title,
            Description = description,
            Footer = new EmbedFooter { Text = "Shared anonymously. Be kind: the author may read the replies." },
        };
    }

    /// <summary>The public post in the stories channel.</summary>
    public static CreateMessageRequest Post(Story story) => new()
    {
        Embeds = [Embed(story)],
        Components = StoryComponents.Reply(story.Id.ToString()),
        AllowedMentions = AllowedMentions.None,
    };

    /// <summary>The review message in the moderator channel.</summary>
    public static CreateMessageRequest Review(Story story, bool approvalRequired)
    {
        var lines = new List<string>();
        if (story.CrisisFlagged)
        {
            lines.Add("⚠️ **This story contains crisis language.** The author has been shown helplines privately. "
                + "Nobody here knows who wrote it; please review it with care.");
            if (!approvalRequired)
                lines.Add("Stories are normally posted at once on this server; this one is held because of its wording.");
        }
        lines.Add("A new anonymous story is waiting for review. Approve posts it in the stories channel; Reject deletes it. "
            + "The author is told either way; their name is never shown.");
        return new CreateMessageRequest
        {
            Content = string.Join('\n', lines),
            Embeds = [Embed(story)],
            Components = StoryComponents.Review(story.Id.ToString()),
            AllowedMentions = AllowedMentions.None,
        };
    }

    /// <summary>A short, single-line preview for the author's own list.</summary>
    public static string Preview(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 60 ? flat : string.Concat(flat.AsSpan(0, 59), "…");
    }
}
