using PainPalBot.Discord.Models;

namespace PainPalBot.FakeDiscord;

/// <summary>An interaction callback the bot made: the parsed response, any uploaded files, and the raw request.</summary>
public sealed record InteractionCallback(InteractionResponse Response, IReadOnlyList<RecordedPart> Files, RecordedRequest Request);
