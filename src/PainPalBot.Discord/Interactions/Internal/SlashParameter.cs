using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>A slash command option read once at start: its wire shape and how to bind and re-check a received value.</summary>
internal sealed class SlashParameter : IParameterInfo
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public required Type ParameterType { get; init; }

    public required bool IsRequired { get; init; }

    public object? DefaultValue { get; init; }

    public required IReadOnlyList<Attribute> Attributes { get; init; }

    public required ParameterKind Kind { get; init; }

    public required ApplicationCommandOptionType OptionType { get; init; }

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>Fixed choices as sent to Discord.</summary>
    public ApplicationCommandOptionChoice[]? Choices { get; init; }

    /// <summary>The allowed values of <see cref="Choices"/>: strings, longs or doubles.</summary>
    public HashSet<object>? ChoiceValues { get; init; }

    /// <summary>Enum members by the name sent as their choice value.</summary>
    public Dictionary<string, object>? EnumValues { get; init; }

    public Type? AutocompleteHandlerType { get; init; }

    public ObjectFactory? AutocompleteFactory { get; init; }

    public ApplicationCommandOption ToOption() => new()
    {
        Type = OptionType,
        Name = Name,
        Description = Description,
        Required = IsRequired ? true : null,
        Choices = Choices,
        MinValue = MinValue,
        MaxValue = MaxValue,
        MinLength = MinLength,
        MaxLength = MaxLength,
        Autocomplete = AutocompleteHandlerType is null ? null : true,
    };

    /// <summary>Reads and re-checks the option; on failure <paramref name="error"/> is the sentence shown to the user and <paramref name="reason"/> a loggable code.</summary>
    public bool TryBind(InteractionDataOption? option, ResolvedData? resolved, out object? value, out string? error, out string? reason)
    {
        value = null;
        error = null;
        reason = null;
        if (option?.Value is not { } json || json.ValueKind == JsonValueKind.Null)
        {
            if (!IsRequired)
            {
                value = DefaultValue;
                return true;
            }
            return Fail($"{Name} is required. Nothing was saved.", "missing", out error, out reason);
        }
        if (option.Type != OptionType)
            return Invalid(out error, out reason);
        switch (Kind)
        {
            case ParameterKind.String:
            {
                if (json.ValueKind != JsonValueKind.String)
                    return Invalid(out error, out reason);
                var text = json.GetString()!;
                if (MaxLength is { } max && text.Length > max)
                    return Fail($"That text is too long: {Name} can be at most {max} characters. Nothing was saved.", "too long", out error, out reason);
                if (MinLength is { } min && text.Length < min)
                    return Fail($"That text is too short: {Name} needs at least {min} characters. Nothing was saved.", "too short", out error, out reason);
                if (ChoiceValues is not null && !ChoiceValues.Contains(text))
                    return NotAChoice(out error, out reason);
                value = text;
                return true;
            }
            case ParameterKind.Int32:
            case ParameterKind.Int64:
            {
                if (json.ValueKind != JsonValueKind.Number || !json.TryGetInt64(out var number))
                    return Invalid(out error, out reason);
                if (!InRange(number) || (Kind == ParameterKind.Int32 && number is < int.MinValue or > int.MaxValue))
                    return OutOfRange(out error, out reason);
                if (ChoiceValues is not null && !ChoiceValues.Contains(number))
                    return NotAChoice(out error, out reason);
                value = Kind == ParameterKind.Int32 ? (object)(int)number : number;
                return true;
            }
            case ParameterKind.Double:
            {
                if (json.ValueKind != JsonValueKind.Number || !json.TryGetDouble(out var number) || !double.IsFinite(number))
                    return Invalid(out error, out reason);
                if (!InRange(number))
                    return OutOfRange(out error, out reason);
                if (ChoiceValues is not null && !ChoiceValues.Contains(number))
                    return NotAChoice(out error, out reason);
                value = number;
                return true;
            }
            case ParameterKind.Boolean:
                if (json.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    return Invalid(out error, out reason);
                value = json.GetBoolean();
                return true;
            case ParameterKind.Enum:
                if (json.ValueKind != JsonValueKind.String || !EnumValues!.TryGetValue(json.GetString()!, out value))
                    return NotAChoice(out error, out reason);
                return true;
            default:
                return TryBindResolved(json, resolved, out value, out error, out reason);
        }
    }

    private bool TryBindResolved(JsonElement json, ResolvedData? resolved, out object? value, out string? error, out string? reason)
    {
        value = null;
        if (json.ValueKind != JsonValueKind.String || !ulong.TryParse(json.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return Invalid(out error, out reason);
        error = null;
        reason = null;
        switch (Kind)
        {
            case ParameterKind.User when resolved?.Users?.TryGetValue(id, out var user) == true:
                value = user;
                return true;
            case ParameterKind.GuildMember when resolved?.Members?.TryGetValue(id, out var member) == true:
                value = member.User is null && resolved.Users?.TryGetValue(id, out var memberUser) == true ? member with { User = memberUser } : member;
                return true;
            case ParameterKind.Channel when resolved?.Channels?.TryGetValue(id, out var channel) == true:
                value = channel;
                return true;
            case ParameterKind.Role when resolved?.Roles?.TryGetValue(id, out var role) == true:
                value = role;
                return true;
            case ParameterKind.Attachment when resolved?.Attachments?.TryGetValue(id, out var attachment) == true:
                value = attachment;
                return true;
            case ParameterKind.Mentionable:
                User? mentionedUser = null;
                Role? mentionedRole = null;
                if (resolved?.Users?.TryGetValue(id, out mentionedUser) != true && resolved?.Roles?.TryGetValue(id, out mentionedRole) != true)
                    break;
                value = new Mentionable(id, mentionedUser, mentionedRole);
                return true;
        }
        return Fail(Kind == ParameterKind.GuildMember
            ? $"{Name} must be a member of this server. Nothing was saved."
            : $"Discord didn't send the details of {Name}; please try again. Nothing was saved.", "unresolved", out error, out reason);
    }

    private bool InRange(double number) => (MinValue is not { } min || number >= min) && (MaxValue is not { } max || number <= max);

    private bool OutOfRange(out string? error, out string? reason)
    {
        var bounds = (MinValue, MaxValue) switch
        {
            ({ } min, { } max) => $"{OptionValues.Format(min)}–{OptionValues.Format(max)}",
            ({ } min, null) => $"at least {OptionValues.Format(min)}",
            (null, { } max) => $"at most {OptionValues.Format(max)}",
            _ => Kind == ParameterKind.Int32 ? "a whole number that fits" : "a number",
        };
        return Fail($"That value is out of range: {Name} must be {bounds}. Nothing was saved.", "out of range", out error, out reason);
    }

    private bool NotAChoice(out string? error, out string? reason) =>
        Fail($"That isn't one of the choices for {Name}. Nothing was saved.", "not a choice", out error, out reason);

    private bool Invalid(out string? error, out string? reason) =>
        Fail($"That value isn't valid for {Name}. Nothing was saved.", "wrong type", out error, out reason);

    private static bool Fail(string message, string code, out string? error, out string? reason)
    {
        error = message;
        reason = code;
        return false;
    }
}
