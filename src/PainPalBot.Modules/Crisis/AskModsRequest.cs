using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Crisis;

/// <summary>Someone used "Ask mods to check in" on <paramref name="Message"/>; only its ids and author are read, never its text.</summary>
/// <param name="GuildId">The server, or null in a DM.</param>
/// <param name="ReporterId">Who used it.</param>
/// <param name="Message">The message it was used on, as Discord resolved it.</param>
/// <param name="ChannelId">The channel it was used in (where the message is).</param>
public sealed record AskModsRequest(ulong? GuildId, ulong ReporterId, Message Message, ulong? ChannelId);
