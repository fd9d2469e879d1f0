namespace PainPalBot.Modules.Crisis;

/// <summary>helplines.json as written; every field is optional here so the loader can name what is missing.</summary>
internal sealed record HelplineFileDocument(
    List<DirectoryLinkDocument?>? Directories,
    List<CountryDocument?>? Countries);
