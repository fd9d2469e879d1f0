namespace PainPalBot.Modules.Connections;

/// <summary>Where a connection request is.</summary>
public enum ConnectionRequestStatus
{
    /// <summary>Sent; the other person has not answered.</summary>
    Pending = 0,
    /// <summary>Both said yes; each has seen the other's name.</summary>
    Accepted = 1,
    /// <summary>The other person said no (or blocked); never repeated for this pair.</summary>
    Declined = 2,
    /// <summary>Nobody answered in time, or one of them left.</summary>
    Expired = 3,
}
