using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Stories;

/// <summary>
/// Custom ids and buttons of the stories feature. Custom ids carry the story id only: it names the story, never the
/// author, so moderators and members who see it learn nothing about who wrote it.
/// </summary>
public static class StoryComponents
{
    /// <summary>The moderator's Approve button: <c>story:approve:{storyId}</c>.</summary>
    public const string ApprovePrefix = "story:approve:";

    /// <summary>The moderator's Reject button: <c>story:reject:{storyId}</c>.</summary>
    public const string RejectPrefix = "story:reject:";

    /// <summary>The members' "Reply in a thread" button under a post: <c>story:reply:{storyId}</c>.</summary>
    public const string ReplyPrefix = "story:reply:";

    /// <summary>The Approve / Reject row of a review message.</summary>
    public static Component[] Review(string storyId) =>
    [
        Row(
            Button(ApprovePrefix + storyId, "Approve", ButtonStyle.Success),
            Button(RejectPrefix + storyId, "Reject", ButtonStyle.Danger)),
    ];

    /// <summary>The reply row of a posted story.</summary>
    public static Component[] Reply(string storyId) =>
        [Row(Button(ReplyPrefix + storyId, "Reply in a thread", ButtonStyle.Secondary))];

    private static Component Row(params Component[] buttons) => new() { Type = ComponentType.ActionRow, Components = buttons };

    private static Component Button(string customId, string label, ButtonStyle style) =>
        new() { Type = ComponentType.Button, CustomId = customId, Label = label, Style = (int)style };
}
