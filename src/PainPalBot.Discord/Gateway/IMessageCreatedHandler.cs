using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Gateway;

/// <summary>Something that reacts to MESSAGE_CREATE (messages from people, never the bot's own). Register any number in DI.</summary>
public interface IMessageCreatedHandler
{
    /// <summary>Handles one message; exceptions are logged by the caller and never stop the gateway.</summary>
    Task HandleMessageAsync(Message message, CancellationToken ct = default);
}
