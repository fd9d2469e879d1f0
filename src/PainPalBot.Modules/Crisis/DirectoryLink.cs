namespace PainPalBot.Modules.Crisis;

/// <summary>A worldwide directory of helplines, for countries the bot does not list.</summary>
/// <param name="Name">The directory's name.</param>
/// <param name="Url">Its address.</param>
public sealed record DirectoryLink(string Name, Uri Url);
