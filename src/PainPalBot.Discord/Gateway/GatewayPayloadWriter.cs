using System.Text.Json;

using PainPalBot.Discord.Internal;

namespace PainPalBot.Discord.Gateway;

/// <summary>Writes an outgoing gateway payload <c>{"op":…,"d":…}</c> and enforces Discord's 4096-byte limit.</summary>
internal static class GatewayPayloadWriter
{
    /// <summary>Discord closes the connection with 4002 when a sent payload is longer (events/gateway#sending-events).</summary>
    public const int MaxPayloadBytes = 4096;

    /// <summary>Writes the payload into <paramref name="buffer"/>; throws when it would exceed 4096 bytes.</summary>
    public static void Write(PooledBufferWriter buffer, GatewayOpCode op, Action<Utf8JsonWriter> writeData)
    {
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("op", (int)op);
            json.WritePropertyName("d");
            writeData(json);
            json.WriteEndObject();
        }
        if (buffer.WrittenCount > MaxPayloadBytes)
            throw new InvalidOperationException($"A gateway payload (op {(int)op}) is {buffer.WrittenCount} bytes; Discord accepts at most {MaxPayloadBytes}.");
    }
}
