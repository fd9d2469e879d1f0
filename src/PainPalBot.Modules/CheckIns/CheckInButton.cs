using LiteDB;

namespace PainPalBot.Modules.CheckIns;

/// <summary>A parsed one-tap custom id: which step, and the prompt's day or the check-in it belongs to.</summary>
public sealed record CheckInButton(CheckInButtonKind Kind, DateOnly? LocalDate, ObjectId? CheckInId, int? Score);
