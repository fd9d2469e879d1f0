using System.Globalization;

namespace PainPalBot.Discord.Interactions;

/// <summary>Converts one wildcard capture of a custom id to its parameter's type.</summary>
internal static class CaptureBinder
{
    public static bool IsSupported(Type type) =>
        type == typeof(string) || type == typeof(int) || type == typeof(long) || type == typeof(ulong)
        || type == typeof(double) || type == typeof(bool) || type.IsEnum;

    public static Func<string, object?> Create(Type type)
    {
        if (type == typeof(string))
            return static s => s;
        if (type == typeof(int))
            return static s => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (type == typeof(long))
            return static s => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (type == typeof(ulong))
            return static s => ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (type == typeof(double))
            return static s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
        if (type == typeof(bool))
            return static s => bool.TryParse(s, out var v) ? v : null;
        if (type.IsEnum)
        {
            var byName = Enum.GetNames(type).ToDictionary(n => n, n => Enum.Parse(type, n), StringComparer.Ordinal);
            return s => byName.TryGetValue(s, out var v) ? v : null;
        }
        throw new InvalidOperationException($"A custom id capture cannot bind to {type.Name}.");
    }
}
