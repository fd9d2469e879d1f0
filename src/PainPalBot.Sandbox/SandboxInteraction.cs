namespace PainPalBot.Sandbox;

/// <summary>An interaction the sandbox sent on a person's behalf, so the bot's answers can be tied back to them.</summary>
/// <param name="Id">The interaction's snowflake.</param>
/// <param name="Token">Its token (the key of every webhook route).</param>
/// <param name="UserId">Who acted.</param>
/// <param name="ChannelId">Where.</param>
/// <param name="CommandName">For a slash command, its path (<c>reminders set</c>).</param>
/// <param name="MessageId">For a component or a modal opened from one, the message it was on.</param>
/// <param name="CommandType">Discord's command type of <paramref name="CommandName"/>: 1 slash, 3 message command.</param>
internal sealed record SandboxInteraction(ulong Id, string Token, ulong UserId, ulong ChannelId, string? CommandName, ulong? MessageId, int CommandType = 1);
