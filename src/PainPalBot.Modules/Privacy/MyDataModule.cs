using System.Globalization;
using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.Messaging;

namespace PainPalBot.Modules.Privacy;

/// <summary><c>/mydata</c>: everything stored about a person, sent to their DMs, or deleted after a confirmation button.</summary>
[Group("mydata", "Your own data: get a copy or delete it")]
public sealed class MyDataModule(PersonalDataService data, DmSender dms) : InteractionModuleBase<InteractionContext>
{
    /// <summary>The confirm button's custom id prefix; the id ends with the person's user id.</summary>
    public const string ConfirmDeletePrefix = "mydata:delete:";

    /// <summary>The cancel button's custom id prefix; the id ends with the person's user id.</summary>
    public const string CancelDeletePrefix = "mydata:cancel:";

    // Discord takes at most 10 files per message.
    private const int FilesPerMessage = 10;

    /// <summary>Sends a copy of all their data (JSON and CSV) to the person's DMs.</summary>
    [SlashCommand("export", "Get a copy of everything stored about you, by DM (JSON and CSV)")]
    [EphemeralDefer]
    public async Task ExportAsync()
    {
        await DeferAsync(ephemeral: true);
        var userId = Context.User.Id;
        List<FileAttachment> files =
        [
            new("painpal-data.json", data.ExportJson(userId), "Everything PainPalBot stores about you, as JSON", "application/json"),
            .. data.ExportCsv(userId).Select(f => new FileAttachment(f.FileName, f.Content, null, f.ContentType)),
        ];
        var batches = files.Chunk(FilesPerMessage).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            var text = i == 0
                ? "Here is everything PainPalBot stores about you: one JSON file with it all, and a CSV file per kind of record (they open in a spreadsheet)."
                : "The rest of your CSV files.";
            var sent = await dms.SendAsync(userId, new CreateMessageRequest { Content = text, AllowedMentions = AllowedMentions.None }, batches[i]);
            if (sent.Status == DmSendStatus.CannotDm)
            {
                await FollowupAsync(
                    "I couldn't send your data because Discord won't let me DM you. Turn on Direct Messages for this server (server menu, Privacy Settings) and try /mydata export again. Nothing was sent anywhere else.",
                    ephemeral: true, allowedMentions: AllowedMentions.None);
                return;
            }
        }
        await FollowupAsync(string.Create(CultureInfo.InvariantCulture, $"I've sent your data to your DMs ({files.Count} files). Nothing was changed."),
            ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Asks, privately, for confirmation before deleting everything.</summary>
    [SlashCommand("delete", "Delete everything stored about you (asks first)")]
    public Task DeleteAsync()
    {
        var userId = Context.User.Id.ToString(CultureInfo.InvariantCulture);
        var buttons = new ComponentBuilder()
            .WithButton("Delete everything", ConfirmDeletePrefix + userId, ButtonStyle.Danger)
            .WithButton("Cancel", CancelDeletePrefix + userId, ButtonStyle.Secondary)
            .Build();
        return RespondAsync(
            "This deletes every check-in, note, reminder and everything else PainPalBot stores about you, in every feature, and stops your prompts. It can't be undone. You can get a copy first with /mydata export.",
            ephemeral: true, allowedMentions: AllowedMentions.None, components: buttons);
    }

    /// <summary>"Delete everything": deletes all the person's records, only when the button is theirs.</summary>
    [ComponentInteraction(ConfirmDeletePrefix + "*")]
    public Task ConfirmDeleteAsync(ulong ownerId)
    {
        if (ownerId != Context.User.Id)
            return NotYoursAsync();
        var removed = data.Delete(Context.User.Id);
        var text = removed == 0
            ? "There was nothing stored about you, so there was nothing to delete."
            : string.Create(CultureInfo.InvariantCulture, $"Done. I deleted {removed} {(removed == 1 ? "record" : "records")}: everything PainPalBot stored about you, and your prompts are stopped. You're welcome back any time.");
        return UpdateAsync(m =>
        {
            m.Content = text;
            m.Components = MessageComponent.Empty;
            m.AllowedMentions = AllowedMentions.None;
        });
    }

    /// <summary>"Cancel": keeps everything.</summary>
    [ComponentInteraction(CancelDeletePrefix + "*")]
    public Task CancelDeleteAsync(ulong ownerId)
    {
        if (ownerId != Context.User.Id)
            return NotYoursAsync();
        return UpdateAsync(m =>
        {
            m.Content = "Cancelled. Nothing was deleted.";
            m.Components = MessageComponent.Empty;
            m.AllowedMentions = AllowedMentions.None;
        });
    }

    private Task NotYoursAsync() => RespondAsync(
        "This button belongs to someone else's request, so nothing was deleted. To delete your own data, use /mydata delete.",
        ephemeral: true, allowedMentions: AllowedMentions.None);
}
