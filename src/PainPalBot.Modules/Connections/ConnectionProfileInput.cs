namespace PainPalBot.Modules.Connections;

/// <summary>What <c>/connect profile</c> collected.</summary>
/// <param name="Conditions">Conditions to list (may be none).</param>
/// <param name="TimeZone">An IANA time zone such as <c>Europe/London</c>.</param>
/// <param name="Languages">Languages spoken (1 to 5).</param>
/// <param name="LookingFor">What they look for (at least one).</param>
public sealed record ConnectionProfileInput(PainConditions Conditions, string TimeZone, IReadOnlyList<string> Languages, ConnectionGoals LookingFor);
