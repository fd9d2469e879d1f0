namespace PainPalBot.Modules.Messaging;

/// <summary>How a DM went.</summary>
public enum DmSendStatus
{
    /// <summary>Discord accepted the message (or, with an enforced nonce, already had it).</summary>
    Sent,

    /// <summary>Discord error 50007: the person does not accept DMs from the bot.</summary>
    CannotDm,
}
