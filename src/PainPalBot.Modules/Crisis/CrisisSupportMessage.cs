using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Crisis;

/// <summary>The private message crisis watch sends a person: a kind word and their helplines, never a quote of what they wrote.</summary>
public static class CrisisSupportMessage
{
    /// <summary>The DM for someone whose server (or who) is in <paramref name="country"/> (null: general directories).</summary>
    public static CreateMessageRequest For(CrisisSignpost signpost, string? country)
    {
        ArgumentNullException.ThrowIfNull(signpost);
        var answer = signpost.ForCountry(country);
        var text = "I noticed a message that sounded like you're going through something really hard. "
            + "I'm a bot, so I can't talk it through, but people can:\n\n" + answer.Text
            + "\n\nYou can use `/crisis` any time to see these again.";
        return new CreateMessageRequest { Content = text.Length <= 2000 ? text : answer.Text, AllowedMentions = AllowedMentions.None };
    }
}
