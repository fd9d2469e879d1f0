namespace PainPalBot.Modules.Connections;

/// <summary>The choices of <c>/connect profile</c> (values for selects or slash choices) and their wording.</summary>
public static class ConnectionChoices
{
    /// <summary>Choice value to condition, in the order to offer them.</summary>
    public static IReadOnlyList<KeyValuePair<string, PainConditions>> Conditions { get; } =
    [
        new("fibromyalgia", PainConditions.Fibromyalgia),
        new("crps", PainConditions.Crps),
        new("migraine", PainConditions.Migraine),
        new("endometriosis", PainConditions.Endometriosis),
        new("eds", PainConditions.Eds),
        new("arthritis", PainConditions.Arthritis),
        new("back_pain", PainConditions.BackPain),
        new("neuropathy", PainConditions.Neuropathy),
        new("other", PainConditions.Other),
    ];

    /// <summary>Choice value to goal, in the order to offer them.</summary>
    public static IReadOnlyList<KeyValuePair<string, ConnectionGoals>> Goals { get; } =
    [
        new("talk", ConnectionGoals.SomeoneToTalkTo),
        new("accountability", ConnectionGoals.AccountabilityBuddy),
        new("pacing", ConnectionGoals.PacingPartner),
    ];

    /// <summary>Combines chosen values (unknown values are ignored).</summary>
    public static PainConditions ParseConditions(IEnumerable<string> values) =>
        Parse(values, Conditions, PainConditions.None, (a, b) => a | b);

    /// <summary>Combines chosen values (unknown values are ignored).</summary>
    public static ConnectionGoals ParseGoals(IEnumerable<string> values) =>
        Parse(values, Goals, ConnectionGoals.None, (a, b) => a | b);

    /// <summary>How one condition reads in a sentence ("fibromyalgia", "CRPS").</summary>
    public static string Label(PainConditions condition) => condition switch
    {
        PainConditions.Fibromyalgia => "fibromyalgia",
        PainConditions.Crps => "CRPS",
        PainConditions.Migraine => "migraine",
        PainConditions.Endometriosis => "endometriosis",
        PainConditions.Eds => "EDS",
        PainConditions.Arthritis => "arthritis",
        PainConditions.BackPain => "back pain",
        PainConditions.Neuropathy => "neuropathy",
        PainConditions.Other => "another condition",
        _ => condition.ToString(),
    };

    /// <summary>How one goal reads in a sentence ("a pacing partner").</summary>
    public static string Label(ConnectionGoals goal) => goal switch
    {
        ConnectionGoals.SomeoneToTalkTo => "someone to talk to",
        ConnectionGoals.AccountabilityBuddy => "an accountability buddy",
        ConnectionGoals.PacingPartner => "a pacing partner",
        _ => goal.ToString(),
    };

    /// <summary>The single flags set in <paramref name="conditions"/>, in offer order.</summary>
    public static IEnumerable<PainConditions> Each(PainConditions conditions) =>
        Conditions.Select(c => c.Value).Where(c => conditions.HasFlag(c));

    /// <summary>The single flags set in <paramref name="goals"/>, in offer order.</summary>
    public static IEnumerable<ConnectionGoals> Each(ConnectionGoals goals) =>
        Goals.Select(g => g.Value).Where(g => goals.HasFlag(g));

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinAnd(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Count switch
        {
            0 => "",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };
    }

    private static T Parse<T>(IEnumerable<string> values, IReadOnlyList<KeyValuePair<string, T>> table, T none, Func<T, T, T> or)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = none;
        foreach (var value in values)
        {
            var key = value.Trim();
            foreach (var entry in table)
            {
                if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
                    result = or(result, entry.Value);
            }
        }
        return result;
    }
}
