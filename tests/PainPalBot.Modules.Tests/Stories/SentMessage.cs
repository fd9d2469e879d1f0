using System.Text.Json;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Tests.Stories;

/// <summary>A message the code under test posted through the fake REST client.</summary>
public sealed record SentMessage(ulong ChannelId, ulong MessageId, CreateMessageRequest Request)
{
    /// <summary>Everything in the request (content, embeds, custom ids) as one string.</summary>
    public string AllText => JsonSerializer.Serialize(Request);
}
