namespace PainPalBot.Discord.Builders;

/// <summary>Discord's limits on message components (components/reference).</summary>
public static class ComponentLimits
{
    /// <summary>Most action rows in a message.</summary>
    public const int MaxActionRows = 5;
    /// <summary>Most buttons in a row.</summary>
    public const int MaxButtonsPerRow = 5;
    /// <summary>Longest custom id.</summary>
    public const int MaxCustomIdLength = 100;
    /// <summary>Most options of a select.</summary>
    public const int MaxSelectOptions = 25;

    /// <summary>Throws unless the custom id is 1–100 characters.</summary>
    public static void CheckCustomId(string? customId)
    {
        if (string.IsNullOrEmpty(customId) || customId.Length > MaxCustomIdLength)
            throw new InvalidOperationException($"A custom id must be 1–{MaxCustomIdLength} characters (got {customId?.Length ?? 0}).");
    }
}
