namespace PainPalBot.Modules.Stories;

/// <summary>Where a story is in its life. Rejected and withdrawn stories are deleted, so they have no status.</summary>
public enum StoryStatus
{
    /// <summary>Waiting in the moderator channel for Approve or Reject.</summary>
    Pending = 0,

    /// <summary>Posted in the server's stories channel.</summary>
    Posted = 1,
}
