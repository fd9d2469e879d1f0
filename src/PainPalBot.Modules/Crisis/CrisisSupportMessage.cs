using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// The private message a person gets after a crisis alert about them: a kind word and their helplines, never a quote
/// of what they wrote and never who asked about them.
/// </summary>
public static class CrisisSupportMessage
{
    /// <summary>The DM for someone whose server (or who) is in <paramref name="country"/> (null: general directories), worded for what raised the alert.</summary>
    public static CreateMessageRequest For(CrisisSignpost signpost, string? country, CrisisAlertSource source = CrisisAlertSource.Watch)
    {
        ArgumentNullException.ThrowIfNull(signpost);
        var answer = signpost.ForCountry(country);
        // Honest about why the message came (a member asked, the person asked, or the bot noticed), and never
        // saying who: the person asking was promised that.
        var opening = source switch
        {
            CrisisAlertSource.MemberRequest => "Someone in one of your servers was worried about you and asked the moderators to check in, so one of them may reach out. ",
            CrisisAlertSource.SelfRequest => "You asked the moderators to check in with you, and they know; one of them will reach out. ",
            _ => "I noticed a message that sounded like you're going through something really hard. ",
        };
        var text = opening
            + "I'm a bot, so I can't talk it through, but people can:\n\n" + answer.TextWithoutSelect
            + "\n\nYou can use `/crisis` any time to see these again.";
        return new CreateMessageRequest { Content = text.Length <= 2000 ? text : answer.TextWithoutSelect, AllowedMentions = AllowedMentions.None };
    }
}
