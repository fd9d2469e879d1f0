namespace PainPalBot.Discord.Rest;

/// <summary>A request's place in the global window: which entry, and the timestamp it was given.</summary>
internal readonly record struct GlobalSlot(int Index, long AcquiredAt);
