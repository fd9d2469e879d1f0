using LiteDB;

namespace PainPalBot.Modules.CheckIns;

/// <summary>A person's check-in choices; today only whether they opted in to the weekly PEG-3.</summary>
public sealed record CheckInPreferences([property: BsonId] ulong UserId, bool PegOptIn, DateTimeOffset UpdatedAt);
