namespace PainPalBot.FakeDiscord;

/// <summary>A gateway session as the fake keeps it: every dispatch with its sequence, for replay on resume.</summary>
internal sealed class FakeGatewaySessionState(string id)
{
    public string Id { get; } = id;

    public int Sequence { get; set; }

    public List<(int Sequence, string Payload)> Log { get; } = [];

    /// <summary>Closed with 1000/1001, 4007, 4009 or invalidated by op 9: it cannot be resumed.</summary>
    public bool Invalidated { get; set; }

    /// <summary>The connection events go to now, if any.</summary>
    public GatewaySession? Live { get; set; }
}
