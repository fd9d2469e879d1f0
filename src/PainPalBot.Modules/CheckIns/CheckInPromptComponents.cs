using System.Globalization;
using LiteDB;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.CheckIns;

/// <summary>
/// The buttons of the one-tap check-in, as plain Discord component records, and the parsing of
/// their custom ids. Ids carry the prompt's local day or the check-in id, never a score the person
/// did not tap, and every id is at most 100 characters.
/// </summary>
public static class CheckInPromptComponents
{
    /// <summary>The prefix of every one-tap custom id, for routing (<c>ci:*</c>).</summary>
    public const string Prefix = "ci:";

    /// <summary>The custom id of the note text input inside the note modal.</summary>
    public const string NoteInputId = "note";

    /// <summary>What to say when a custom id cannot be read (forged, or from an older version).</summary>
    public const string UnknownButtonMessage = "Sorry, I couldn't read that button; it may be from an older message. You can log with /checkin. Nothing was changed.";

    private const string DateFormat = "yyyyMMdd";

    /// <summary>The prompt's pain buttons 0–10 for a local day, in three rows (Discord allows five buttons a row).</summary>
    public static Component[] PainButtons(DateOnly localDate)
    {
        var day = localDate.ToString(DateFormat, CultureInfo.InvariantCulture);
        return
        [
            Row(Enumerable.Range(0, 5).Select(s => Button($"ci:pain:{day}:{s}", s.ToString(CultureInfo.InvariantCulture), ButtonStyle.Secondary))),
            Row(Enumerable.Range(5, 5).Select(s => Button($"ci:pain:{day}:{s}", s.ToString(CultureInfo.InvariantCulture), ButtonStyle.Secondary))),
            Row([Button($"ci:pain:{day}:10", "10", ButtonStyle.Secondary)]),
        ];
    }

    /// <summary>Mood buttons 1–5 for a started check-in.</summary>
    public static Component[] MoodButtons(ObjectId checkInId)
    {
        ArgumentNullException.ThrowIfNull(checkInId);
        return [Row(Enumerable.Range(1, 5).Select(s => Button($"ci:mood:{checkInId}:{s}", s.ToString(CultureInfo.InvariantCulture), ButtonStyle.Primary)))];
    }

    /// <summary>"Add a note" and "Done" for a started check-in.</summary>
    public static Component[] NoteOrDoneButtons(ObjectId checkInId)
    {
        ArgumentNullException.ThrowIfNull(checkInId);
        return [Row([Button($"ci:note:{checkInId}", "Add a note", ButtonStyle.Secondary), Button($"ci:done:{checkInId}", "Done", ButtonStyle.Success)])];
    }

    /// <summary>The components to show after a step succeeded: mood after pain, note/done after mood, nothing after done or a note.</summary>
    public static Component[] After(CheckInButtonKind step, CheckInResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Saved || result.CheckIn is null)
            return [];
        return step switch
        {
            CheckInButtonKind.Pain => MoodButtons(result.CheckIn.Id),
            CheckInButtonKind.Mood => NoteOrDoneButtons(result.CheckIn.Id),
            _ => [],
        };
    }

    /// <summary>The modal asking for a note (custom id <c>ci:notemodal:id</c>), as a callback's data.</summary>
    public static InteractionCallbackData NoteModal(ObjectId checkInId, int maxLength = 500)
    {
        ArgumentNullException.ThrowIfNull(checkInId);
        return new InteractionCallbackData
        {
            CustomId = $"ci:notemodal:{checkInId}",
            Title = "Add a note",
            Components =
            [
                new Component
                {
                    Type = ComponentType.Label,
                    Label = "Anything you'd like to remember?",
                    Child = new Component
                    {
                        Type = ComponentType.TextInput,
                        CustomId = NoteInputId,
                        Style = (int)TextInputStyle.Paragraph,
                        MaxLength = maxLength,
                        Required = false,
                    },
                },
            ],
        };
    }

    /// <summary>Reads a one-tap custom id; false for anything malformed or forged.</summary>
    public static bool TryParse(string? customId, out CheckInButton button)
    {
        button = null!;
        if (customId is null || customId.Length > 100 || !customId.StartsWith(Prefix, StringComparison.Ordinal))
            return false;
        var parts = customId.Split(':');
        switch (parts)
        {
            case [_, "pain", var day, var score]
                when DateOnly.TryParseExact(day, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && TryScore(score, out var pain):
                button = new CheckInButton(CheckInButtonKind.Pain, date, null, pain);
                return true;
            case [_, "mood", var id, var score] when TryId(id, out var checkInId) && TryScore(score, out var mood):
                button = new CheckInButton(CheckInButtonKind.Mood, null, checkInId, mood);
                return true;
            case [_, "note", var id] when TryId(id, out var checkInId):
                button = new CheckInButton(CheckInButtonKind.AddNote, null, checkInId, null);
                return true;
            case [_, "done", var id] when TryId(id, out var checkInId):
                button = new CheckInButton(CheckInButtonKind.Done, null, checkInId, null);
                return true;
            case [_, "notemodal", var id] when TryId(id, out var checkInId):
                button = new CheckInButton(CheckInButtonKind.NoteModal, null, checkInId, null);
                return true;
            default:
                return false;
        }
    }

    // Out-of-range scores still parse, so the service can answer them with the kind range message.
    private static bool TryScore(string text, out int score) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out score);

    private static bool TryId(string text, out ObjectId id)
    {
        id = null!;
        if (text.Length != 24 || !text.All(Uri.IsHexDigit))
            return false;
        id = new ObjectId(text);
        return true;
    }

    private static Component Row(IEnumerable<Component> buttons) => new() { Type = ComponentType.ActionRow, Components = [.. buttons] };

    private static Component Button(string customId, string label, ButtonStyle style) =>
        new() { Type = ComponentType.Button, CustomId = customId, Label = label, Style = (int)style };
}
