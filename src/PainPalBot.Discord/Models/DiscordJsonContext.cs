using System.Text.Json;
using System.Text.Json.Serialization;

namespace PainPalBot.Discord.Models;

/// <summary>
/// Source-generated JSON for every type on the wire: snake_case names, snowflakes as strings,
/// nulls left out. Add a <c>[JsonSerializable]</c> line here for each new wire type.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = false,
    Converters = [typeof(SnowflakeConverter)])]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(Role[]))]
[JsonSerializable(typeof(Guild))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(ApplicationCommand[]))]
[JsonSerializable(typeof(CreateMessageRequest))]
[JsonSerializable(typeof(EditMessageRequest))]
[JsonSerializable(typeof(WebhookMessageRequest))]
[JsonSerializable(typeof(CreateDmRequest))]
[JsonSerializable(typeof(StartThreadRequest))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Gateway.HelloPayload))]
[JsonSerializable(typeof(Gateway.IdentifyPayload))]
[JsonSerializable(typeof(Gateway.ResumePayload))]
[JsonSerializable(typeof(Gateway.ReadyEvent))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
