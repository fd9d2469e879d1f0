namespace PainPalBot.Discord.Tests.Gateway;

/// <summary>Ways a resumable gateway connection gets lost.</summary>
public enum LossKind
{
    Drop,
    Close4000,
    Reconnect,
    InvalidSessionResumable,
    Zombie,
}
