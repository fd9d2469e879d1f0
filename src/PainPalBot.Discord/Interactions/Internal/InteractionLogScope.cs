using System.Collections;
using System.Globalization;

namespace PainPalBot.Discord.Interactions;

/// <summary>The per-interaction logging scope: one <c>InteractionId</c> property, cheap to create.</summary>
internal sealed class InteractionLogScope(ulong interactionId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new("InteractionId", interactionId) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => 1;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "InteractionId:" + interactionId.ToString(CultureInfo.InvariantCulture);
}
