using System.Text.Json.Serialization;

namespace PainPalBot.Modules.Crisis;

/// <summary>Source-generated JSON for the crisis data files (snake_case, comments and trailing commas allowed).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(HelplineFileDocument))]
[JsonSerializable(typeof(ConceptLexiconDocument))]
[JsonSerializable(typeof(ConceptRulesDocument))]
internal sealed partial class CrisisJsonContext : JsonSerializerContext;
