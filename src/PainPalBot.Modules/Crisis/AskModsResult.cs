namespace PainPalBot.Modules.Crisis;

/// <summary>How a request to the moderators went, for the private answer to the person who asked.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Helplines">Helplines for the person who asked (their own country, else the server's).</param>
/// <param name="ForThemselves">They asked about their own message.</param>
/// <param name="ReporterShown">Moderators can see who asked.</param>
/// <param name="Dm">Where the support DM to the person asked about stands, for a new alert.</param>
/// <param name="Taken">A moderator already pressed "I'm on it".</param>
public sealed record AskModsResult(
    AskModsOutcome Outcome,
    CrisisSignpostResult Helplines,
    bool ForThemselves = false,
    bool ReporterShown = false,
    CrisisAlertDm? Dm = null,
    bool Taken = false);
