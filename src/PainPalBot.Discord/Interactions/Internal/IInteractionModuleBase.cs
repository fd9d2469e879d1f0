namespace PainPalBot.Discord.Interactions;

/// <summary>How the framework hands a module its context.</summary>
internal interface IInteractionModuleBase
{
    void SetContext(IInteractionContext context);
}
