using System.Text.Json.Serialization;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Source-generated JSON for the server export: snake_case, snowflakes as strings, enums by name.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.WriteAsString,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GuildExport))]
public sealed partial class ServerSettingsJsonContext : JsonSerializerContext;
