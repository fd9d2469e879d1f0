using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PainPalBot.Discord.Models;

/// <summary>Reads a snowflake (or a permission bitset) from a JSON string or number and writes it as a string, as Discord does.</summary>
public sealed class SnowflakeConverter : JsonConverter<ulong>
{
    /// <inheritdoc />
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
            return reader.GetUInt64();
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected a snowflake string, got {reader.TokenType}.");
        var span = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        if (Utf8Parser.TryParse(span, out ulong value, out var consumed) && consumed == span.Length)
            return value;
        throw new JsonException("A snowflake must be a decimal string.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <inheritdoc />
    public override ulong ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ulong.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
