using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>Binds a user or message command's one parameter from <c>data.target_id</c> and <c>data.resolved</c>.</summary>
internal static class ContextCommandTarget
{
    /// <summary>The target as the handler's parameter type wants it, or null when Discord did not resolve it.</summary>
    public static object? Bind(Type parameterType, InteractionData? data)
    {
        if (data?.TargetId is not { } id || data.Resolved is not { } resolved)
            return null;
        if (parameterType == typeof(Message))
        {
            // A resolved message is partial (interactions/receiving-and-responding#resolved-data-structure);
            // the key is its id, so a partial without one still names the right message.
            return resolved.Messages?.TryGetValue(id, out var message) == true
                ? message.Id == 0 ? message with { Id = id } : message
                : null;
        }
        var user = resolved.Users?.GetValueOrDefault(id);
        if (parameterType == typeof(User))
            return user;
        // Resolved members are partial: "missing user, deaf and mute", so the user is put back from users.
        return resolved.Members?.TryGetValue(id, out var member) == true && user is not null
            ? member with { User = member.User ?? user }
            : null;
    }
}
