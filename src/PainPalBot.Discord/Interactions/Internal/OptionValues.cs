using System.Globalization;
using System.Text.Json;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>Choice and suggestion values as JSON (string, integer or number).</summary>
internal static class OptionValues
{
    public static JsonElement ToJson(object value) => value switch
    {
        string s => JsonSerializer.SerializeToElement(s, DiscordJsonContext.Default.String),
        int i => JsonSerializer.SerializeToElement((long)i, DiscordJsonContext.Default.Int64),
        long l => JsonSerializer.SerializeToElement(l, DiscordJsonContext.Default.Int64),
        double d => JsonSerializer.SerializeToElement(d, DiscordJsonContext.Default.Double),
        float f => JsonSerializer.SerializeToElement((double)f, DiscordJsonContext.Default.Double),
        Enum e => JsonSerializer.SerializeToElement(e.ToString(), DiscordJsonContext.Default.String),
        _ => JsonSerializer.SerializeToElement(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", DiscordJsonContext.Default.String),
    };

    public static string Format(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
