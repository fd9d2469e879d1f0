using System.Text.Json;

namespace PainPalBot.Sandbox.Api;

/// <summary>The bot's suggestions for the option being typed.</summary>
/// <param name="Choices">Discord choice JSON: <c>[{name, value}]</c>.</param>
public sealed record AutocompleteResponse(JsonElement Choices);
