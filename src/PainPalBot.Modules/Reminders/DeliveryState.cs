namespace PainPalBot.Modules.Reminders;

/// <summary>Where a delivery stands. Claimed is the only state that may be sent (again, with the same nonce).</summary>
public enum DeliveryState
{
    /// <summary>Claimed for sending; not yet known to be sent.</summary>
    Claimed,

    /// <summary>Discord accepted it.</summary>
    Sent,

    /// <summary>A claim found too late to re-send safely; given up so the person never gets a duplicate.</summary>
    Abandoned,

    /// <summary>Discord refused: the person's DMs are closed (50007).</summary>
    DmsClosed,
}
