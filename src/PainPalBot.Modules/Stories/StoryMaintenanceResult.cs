namespace PainPalBot.Modules.Stories;

/// <summary>What one maintenance run did.</summary>
/// <param name="AuthorsErased">Posted stories whose withdraw window ended, so their author link was erased.</param>
/// <param name="PendingExpired">Stories that waited too long for a moderator and were deleted.</param>
/// <param name="MessagesDeleted">Queued Discord messages deleted (or found already gone).</param>
public sealed record StoryMaintenanceResult(int AuthorsErased, int PendingExpired, int MessagesDeleted);
