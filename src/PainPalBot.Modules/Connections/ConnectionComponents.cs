using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Connections;

/// <summary>
/// Custom ids and buttons of peer connections. Every custom id carries an opaque token (a suggestion's or a request's),
/// never a user id, so nobody can read who is behind a button.
/// </summary>
public static class ConnectionComponents
{
    /// <summary>"Ask to connect" under a suggestion: <c>connect:ask:{suggestionToken}</c>.</summary>
    public const string AskPrefix = "connect:ask:";

    /// <summary>"Yes, connect" in a request DM: <c>connect:accept:{requestToken}</c>.</summary>
    public const string AcceptPrefix = "connect:accept:";

    /// <summary>"No, thank you" in a request DM: <c>connect:decline:{requestToken}</c>.</summary>
    public const string DeclinePrefix = "connect:decline:";

    /// <summary>"Block" under a suggestion or in a request DM: <c>connect:block:{token}</c>.</summary>
    public const string BlockPrefix = "connect:block:";

    /// <summary>One row per suggestion: ask, or block.</summary>
    public static Component[] ForSuggestions(IReadOnlyList<SuggestedMember> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return [.. suggestions.Take(5).Select((s, i) => Row(
            Button(AskPrefix + s.Token, $"Ask #{i + 1} to connect", ButtonStyle.Primary),
            Button(BlockPrefix + s.Token, $"Never suggest #{i + 1}", ButtonStyle.Secondary)))];
    }

    /// <summary>The buttons of a request DM.</summary>
    public static Component[] ForRequest(string requestToken) =>
    [
        Row(
            Button(AcceptPrefix + requestToken, "Yes, connect", ButtonStyle.Success),
            Button(DeclinePrefix + requestToken, "No, thank you", ButtonStyle.Secondary),
            Button(BlockPrefix + requestToken, "Block", ButtonStyle.Danger)),
    ];

    private static Component Row(params Component[] buttons) => new() { Type = ComponentType.ActionRow, Components = buttons };

    private static Component Button(string customId, string label, ButtonStyle style) =>
        new() { Type = ComponentType.Button, CustomId = customId, Label = label, Style = (int)style };
}
