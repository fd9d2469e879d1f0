namespace PainPalBot.Discord.Interactions;

/// <summary>
/// A custom id with <c>*</c> wildcards. Each wildcard captures a non-empty run up to the next literal
/// part (the last one, when the pattern ends with it, takes the rest).
/// </summary>
internal sealed class CustomIdPattern
{
    private readonly string[] _literals;

    public CustomIdPattern(string pattern)
    {
        Pattern = pattern;
        _literals = pattern.Split('*');
        WildcardCount = _literals.Length - 1;
        LiteralLength = pattern.Length - WildcardCount;
        for (var i = 1; i < _literals.Length - 1; i++)
        {
            if (_literals[i].Length == 0)
                throw new InvalidOperationException($"Custom id pattern '{pattern}' has two wildcards in a row; separate them (e.g. '*:*').");
        }
    }

    public string Pattern { get; }

    public int WildcardCount { get; }

    /// <summary>Characters that are not wildcards; more specific patterns are tried first.</summary>
    public int LiteralLength { get; }

    public bool TryMatch(string customId, Span<Range> captures)
    {
        var first = _literals[0];
        if (!customId.StartsWith(first, StringComparison.Ordinal))
            return false;
        if (WildcardCount == 0)
            return customId.Length == first.Length;
        var position = first.Length;
        for (var i = 1; i < _literals.Length; i++)
        {
            var literal = _literals[i];
            int end;
            if (i == _literals.Length - 1)
            {
                if (literal.Length == 0)
                    end = customId.Length;
                else if (customId.EndsWith(literal, StringComparison.Ordinal))
                    end = customId.Length - literal.Length;
                else
                    return false;
            }
            else
            {
                var found = customId.AsSpan(position + 1).IndexOf(literal, StringComparison.Ordinal);
                if (found < 0)
                    return false;
                end = position + 1 + found;
            }
            if (end <= position)
                return false;
            captures[i - 1] = new Range(position, end);
            position = end + literal.Length;
        }
        return true;
    }
}
