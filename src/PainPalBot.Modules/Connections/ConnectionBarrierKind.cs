namespace PainPalBot.Modules.Connections;

/// <summary>Why two people are never suggested to each other again.</summary>
public enum ConnectionBarrierKind
{
    /// <summary>One blocked the other.</summary>
    Blocked = 0,
    /// <summary>One declined the other's request.</summary>
    Declined = 1,
}
