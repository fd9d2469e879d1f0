namespace PainPalBot.FakeDiscord;

/// <summary>A pending <see cref="FakeFault"/> for the next <see cref="Remaining"/> requests on a method and path pattern.</summary>
internal sealed class FaultRule(string method, string[] pattern, FakeFault fault, int remaining)
{
    public string Method { get; } = method;

    /// <summary>Path segments; <c>*</c> matches any one segment.</summary>
    public string[] Pattern { get; } = pattern;

    public FakeFault Fault { get; } = fault;

    public int Remaining { get; set; } = remaining;

    public bool Matches(string method, string[] segments)
    {
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) || segments.Length != Pattern.Length)
            return false;
        for (var i = 0; i < segments.Length; i++)
        {
            if (Pattern[i] != "*" && !string.Equals(Pattern[i], segments[i], StringComparison.Ordinal))
                return false;
        }

        return true;
    }
}
