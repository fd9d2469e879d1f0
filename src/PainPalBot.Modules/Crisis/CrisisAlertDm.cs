namespace PainPalBot.Modules.Crisis;

/// <summary>Where the private support DM of a crisis alert stands.</summary>
public enum CrisisAlertDm
{
    /// <summary>Not sent: the server wants a moderator to look first.</summary>
    Waiting = 0,

    /// <summary>Delivered to the person's DMs.</summary>
    Sent = 1,

    /// <summary>The person does not accept DMs from the bot (Discord 50007).</summary>
    Closed = 2,

    /// <summary>Discord failed for another reason; a moderator can try again.</summary>
    Failed = 3,

    /// <summary>Going out now: the alert is posted first, so a moderator channel that refuses it means no DM either.</summary>
    Sending = 4,

    /// <summary>Not needed: the person asked for a check-in themselves and was shown helplines in the reply.</summary>
    ShownInReply = 5,
}
