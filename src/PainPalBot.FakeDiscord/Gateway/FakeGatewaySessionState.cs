namespace PainPalBot.FakeDiscord;

/// <summary>A gateway session as the fake keeps it: every dispatch with its sequence (or the latest, unconfirmed ones), for replay on resume.</summary>
internal sealed class FakeGatewaySessionState(string id)
{
    public string Id { get; } = id;

    public int Sequence { get; set; }

    public List<(int Sequence, string Payload)> Log { get; } = [];

    /// <summary>The highest sequence let go of (confirmed by the client, or past the replay window): a resume from before it cannot be replayed.</summary>
    public int Forgotten { get; set; }

    /// <summary>Closed with 1000/1001, 4007, 4009 or invalidated by op 9: it cannot be resumed.</summary>
    public bool Invalidated { get; set; }

    /// <summary>The connection events go to now, if any.</summary>
    public GatewaySession? Live { get; set; }
}
