namespace PainPalBot.Discord.Builders;

/// <summary>An RGB colour for embeds.</summary>
public readonly record struct Color
{
    /// <summary>From a 0xRRGGBB value.</summary>
    public Color(uint rawValue)
    {
        if (rawValue > 0xFFFFFF)
            throw new ArgumentOutOfRangeException(nameof(rawValue), "A colour is 0xRRGGBB (at most 0xFFFFFF).");
        RawValue = rawValue;
    }

    /// <summary>From red, green and blue bytes.</summary>
    public Color(byte r, byte g, byte b) : this(((uint)r << 16) | ((uint)g << 8) | b) { }

    /// <summary>The 0xRRGGBB value.</summary>
    public uint RawValue { get; }

    /// <summary>Red.</summary>
    public byte R => (byte)(RawValue >> 16);

    /// <summary>Green.</summary>
    public byte G => (byte)(RawValue >> 8);

    /// <summary>Blue.</summary>
    public byte B => (byte)RawValue;

    /// <summary>Discord's blurple.</summary>
    public static Color Blue { get; } = new(0x5865F2);

    /// <summary>A calm green.</summary>
    public static Color Green { get; } = new(0x57F287);

    /// <summary>A warm yellow.</summary>
    public static Color Gold { get; } = new(0xFEE75C);

    /// <summary>Discord's red.</summary>
    public static Color Red { get; } = new(0xED4245);

    /// <summary>A soft grey.</summary>
    public static Color LightGrey { get; } = new(0x979C9F);

    /// <summary>Converts a 0xRRGGBB value.</summary>
    public static implicit operator Color(uint rawValue) => new(rawValue);

    /// <summary>Converts a 0xRRGGBB value.</summary>
    public static Color FromUInt32(uint rawValue) => new(rawValue);
}
