using System.Text.Json.Serialization;

namespace PainPalBot.Modules.Resources;

/// <summary>Source-generated JSON for resources.json (snake_case, like every data file).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ResourceFileDocument))]
internal sealed partial class ResourceJsonContext : JsonSerializerContext;
