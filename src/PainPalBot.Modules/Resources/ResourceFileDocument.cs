namespace PainPalBot.Modules.Resources;

/// <summary>resources.json as written.</summary>
internal sealed record ResourceFileDocument(List<ResourceDocument?>? Resources);
