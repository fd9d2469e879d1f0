namespace PainPalBot.FakeDiscord;

/// <summary>A REST route FakeDiscord serves, e.g. <c>POST /channels/{channel_id}/messages</c>.</summary>
internal sealed class FakeRoute
{
    private readonly string[] _segments;

    public FakeRoute(string method, string template)
    {
        Method = method;
        Template = template;
        Key = method + " " + template;
        _segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // Discord hashes routes into buckets; any stable opaque text does here.
        BucketHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Key)))[..16];
        WithoutAuth = template.StartsWith("/interactions/", StringComparison.Ordinal) || template.StartsWith("/webhooks/", StringComparison.Ordinal);
    }

    public string Method { get; }

    public string Template { get; }

    /// <summary><c>METHOD template</c>, as recorded in <see cref="RecordedRequest.Route"/>.</summary>
    public string Key { get; }

    /// <summary>What <c>X-RateLimit-Bucket</c> reports for this route.</summary>
    public string BucketHash { get; }

    /// <summary>Interaction callbacks and interaction webhooks: no bot token needed, and outside the global limit.</summary>
    public bool WithoutAuth { get; }

    /// <summary>Matches a request's path segments; <paramref name="values"/> gets each <c>{placeholder}</c>.</summary>
    public bool TryMatch(string method, string[] segments, out Dictionary<string, string> values)
    {
        values = [];
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) || segments.Length != _segments.Length)
            return false;
        for (var i = 0; i < segments.Length; i++)
        {
            var part = _segments[i];
            if (part.StartsWith('{'))
                values[part[1..^1]] = segments[i];
            else if (!string.Equals(part, segments[i], StringComparison.Ordinal))
                return false;
        }

        return true;
    }

    /// <summary>The major parameter that splits this route's buckets: channel, guild, interaction, or webhook id + token.</summary>
    public static string MajorOf(Dictionary<string, string> values)
    {
        if (values.TryGetValue("channel_id", out var channel))
            return channel;
        if (values.TryGetValue("guild_id", out var guild))
            return guild;
        if (values.TryGetValue("interaction_id", out var interaction))
            return interaction;
        if (values.TryGetValue("interaction_token", out var token))
            return values["application_id"] + "/" + token;
        return "";
    }
}
