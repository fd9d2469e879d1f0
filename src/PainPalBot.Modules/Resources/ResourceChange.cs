namespace PainPalBot.Modules.Resources;

/// <summary>The answer to an add, edit or remove: whether it was saved, one kind sentence to show, and the entry.</summary>
/// <param name="Saved">True when the library changed.</param>
/// <param name="Message">What happened, for an ephemeral reply; says "Nothing was saved." when nothing was.</param>
/// <param name="Resource">The entry as saved (or as removed), if any.</param>
public sealed record ResourceChange(bool Saved, string Message, Resource? Resource);
