namespace PainPalBot.Modules.Privacy;

/// <summary>One file of a personal data export, ready to attach to a DM or an ephemeral reply.</summary>
public sealed record PersonalDataFile(string FileName, string ContentType, byte[] Content);
