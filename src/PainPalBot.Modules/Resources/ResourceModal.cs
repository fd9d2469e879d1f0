using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Resources;

/// <summary>The form moderators fill in to add or edit one of the server's resources; lengths are checked again by the service.</summary>
public sealed class ResourceModal : IModal
{
    /// <inheritdoc />
    public string Title => "Server resource";

    /// <summary>The entry's title.</summary>
    [InputLabel("Title")]
    [ModalTextInput("title", TextInputStyle.Short, "e.g. Pacing for everyday tasks", 1, ResourceLimits.MaxTitleLength)]
    public string? ResourceTitle { get; set; }

    /// <summary>The https link.</summary>
    [InputLabel("Link (https only)")]
    [ModalTextInput("url", TextInputStyle.Short, "https://", 8, ResourceLimits.MaxUrlLength)]
    public string? Url { get; set; }

    /// <summary>One line on what it offers.</summary>
    [InputLabel("One-line summary")]
    [ModalTextInput("summary", TextInputStyle.Paragraph, "What it offers, in one line", 1, ResourceLimits.MaxSummaryLength)]
    public string? Summary { get; set; }

    /// <summary>Comma-separated topics.</summary>
    [InputLabel("Tags (comma-separated, up to 5)")]
    [ModalTextInput("tags", TextInputStyle.Short, "pacing, sleep", 0, 200)]
    [RequiredInput(false)]
    public string? Tags { get; set; }

    /// <summary>The form as a draft for the service.</summary>
    public ResourceDraft ToDraft() => new(
        ResourceTitle,
        Url,
        Summary,
        Tags?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A form pre-filled from an existing entry.</summary>
    public static ResourceModal From(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new ResourceModal
        {
            ResourceTitle = resource.Title,
            Url = resource.Url.OriginalString,
            Summary = resource.Summary,
            Tags = string.Join(", ", resource.Tags),
        };
    }
}
