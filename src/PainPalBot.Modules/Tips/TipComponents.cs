using System.Globalization;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Tips;

/// <summary>Custom ids and buttons of the tips library; custom ids carry tip ids and page numbers, never user ids.</summary>
public static class TipComponents
{
    /// <summary>The moderator's Approve button: <c>tip:approve:{tipId}</c>.</summary>
    public const string ApprovePrefix = "tip:approve:";

    /// <summary>The moderator's Reject button: <c>tip:reject:{tipId}</c>.</summary>
    public const string RejectPrefix = "tip:reject:";

    /// <summary>"This helped me": <c>tip:helped:{tipId}</c>.</summary>
    public const string HelpedPrefix = "tip:helped:";

    /// <summary>Paging: <c>tip:page:{page}:{topic}</c> (topic may be empty).</summary>
    public const string PagePrefix = "tip:page:";

    /// <summary>The Approve / Reject row of a review message.</summary>
    public static Component[] Review(string tipId) =>
    [
        Row(
            Button(ApprovePrefix + tipId, "Approve", ButtonStyle.Success),
            Button(RejectPrefix + tipId, "Reject", ButtonStyle.Danger)),
    ];

    /// <summary>A "this helped me" button per tip, then Previous / Next when there is more than one page.</summary>
    public static Component[] ForPage(TipPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rows = new List<Component>();
        var votes = page.Tips.Select((t, i) => Button(
            HelpedPrefix + t.TipId,
            string.Create(CultureInfo.InvariantCulture, $"#{((page.Page - 1) * TipService.PageSize) + i + 1} helped me ({t.HelpfulCount})"),
            t.HelpedViewer ? ButtonStyle.Success : ButtonStyle.Secondary,
            disabled: t.IsOwn)).ToArray();
        if (votes.Length > 0) rows.Add(Row(votes));
        if (page.PageCount > 1)
        {
            var topic = page.Topic ?? "";
            rows.Add(Row(
                Button(string.Create(CultureInfo.InvariantCulture, $"{PagePrefix}{page.Page - 1}:{topic}"), "Previous", ButtonStyle.Secondary, disabled: page.Page <= 1),
                Button(string.Create(CultureInfo.InvariantCulture, $"{PagePrefix}{page.Page + 1}:{topic}"), "Next", ButtonStyle.Secondary, disabled: page.Page >= page.PageCount)));
        }
        return [.. rows];
    }

    private static Component Row(params Component[] buttons) => new() { Type = ComponentType.ActionRow, Components = buttons };

    private static Component Button(string customId, string label, ButtonStyle style, bool disabled = false) =>
        new() { Type = ComponentType.Button, CustomId = customId, Label = label, Style = (int)style, Disabled = disabled ? true : null };
}
