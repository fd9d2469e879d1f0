using System.Text.Json.Serialization;

namespace PainPalBot.Sandbox.Api;

/// <summary>Source-generated JSON for the page's API: camelCase, nulls left out. Discord parts inside stay Discord JSON.</summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SandboxStateView))]
[JsonSerializable(typeof(SandboxMessageView))]
[JsonSerializable(typeof(SandboxModalEvent))]
[JsonSerializable(typeof(SandboxDeleteEvent))]
[JsonSerializable(typeof(SandboxClockView))]
[JsonSerializable(typeof(IReadOnlyList<SandboxUserView>))]
[JsonSerializable(typeof(SandboxError))]
[JsonSerializable(typeof(CommandRequest))]
[JsonSerializable(typeof(ComponentRequest))]
[JsonSerializable(typeof(MessageCommandRequest))]
[JsonSerializable(typeof(ModalRequest))]
[JsonSerializable(typeof(MessageRequest))]
[JsonSerializable(typeof(ClockRequest))]
[JsonSerializable(typeof(ModeratorRequest))]
[JsonSerializable(typeof(AutocompleteResponse))]
[JsonSerializable(typeof(InteractionAccepted))]
[JsonSerializable(typeof(MessageAccepted))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
public sealed partial class SandboxJsonContext : JsonSerializerContext;
