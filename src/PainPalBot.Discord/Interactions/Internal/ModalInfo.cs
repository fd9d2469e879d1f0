using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>An <see cref="IModal"/> class read once: its title, its inputs, and ways to create and fill it.</summary>
internal sealed class ModalInfo
{
    /// <summary>What is read from a modal class: its parameterless constructor and its input properties.</summary>
    public const DynamicallyAccessedMemberTypes Members = DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties;

    private static readonly ConcurrentDictionary<Type, ModalInfo> Cache = new();

    private readonly Func<IModal> _create;

    private ModalInfo(Type type, Func<IModal> create, string title, ModalInput[] inputs)
    {
        Type = type;
        _create = create;
        Title = title;
        Inputs = inputs;
    }

    public Type Type { get; }

    public string Title { get; }

    public ModalInput[] Inputs { get; }

    // Not GetOrAdd(type, Build): a method group loses the parameter's trimming annotation.
    public static ModalInfo For([DynamicallyAccessedMembers(Members)] Type type) =>
        Cache.TryGetValue(type, out var known) ? known : Cache.GetOrAdd(type, Build(type));

    public ModalBuilder ToBuilder(string customId, IModal? values)
    {
        var builder = new ModalBuilder(values?.Title ?? Title, customId);
        foreach (var input in Inputs)
        {
            builder.AddTextInput(new TextInputBuilder
            {
                Label = input.Label,
                Description = input.Description,
                CustomId = input.CustomId,
                Style = input.Style,
                Placeholder = input.Placeholder,
                MinLength = input.MinLength == 0 ? null : input.MinLength,
                MaxLength = input.MaxLength == 4000 ? null : input.MaxLength,
                Required = input.Required,
                Value = values is null ? input.InitValue : input.Get(values) ?? input.InitValue,
            });
        }
        return builder;
    }

    /// <summary>Creates the modal from a submit, checking each input again; returns the user-facing error instead when one fails.</summary>
    public IModal Bind(Component[]? submitted, out string? error, out string? failedInput)
    {
        var modal = _create();
        error = null;
        failedInput = null;
        foreach (var input in Inputs)
        {
            var value = FindValue(submitted, input.CustomId);
            if (string.IsNullOrEmpty(value))
            {
                if (input.Required)
                {
                    error = $"{input.Label} is required. Nothing was saved.";
                    failedInput = input.CustomId;
                    return modal;
                }
                value = null;
            }
            else if (value.Length > input.MaxLength)
            {
                error = $"That text is too long: {input.Label} can be at most {input.MaxLength} characters. Nothing was saved.";
                failedInput = input.CustomId;
                return modal;
            }
            else if (value.Length < input.MinLength)
            {
                error = $"That text is too short: {input.Label} needs at least {input.MinLength} characters. Nothing was saved.";
                failedInput = input.CustomId;
                return modal;
            }
            input.Set(modal, value);
        }
        return modal;
    }

    private static string? FindValue(Component[]? components, string customId)
    {
        if (components is null)
            return null;
        foreach (var component in components)
        {
            if (component.CustomId == customId)
                return component.Value ?? (component.Values is { Length: > 0 } values ? values[0] : null);
            if (component.Child is { } child && FindValue([child], customId) is { } fromLabel)
                return fromLabel;
            if (FindValue(component.Components, customId) is { } fromRow)
                return fromRow;
        }
        return null;
    }

    private static ModalInfo Build([DynamicallyAccessedMembers(Members)] Type type)
    {
        if (!typeof(IModal).IsAssignableFrom(type) || type.IsAbstract)
            throw new InvalidOperationException($"{type.Name} must be a concrete class implementing {nameof(IModal)}.");
        var ctor = type.GetConstructor(Type.EmptyTypes)
            ?? throw new InvalidOperationException($"Modal {type.Name} needs a public parameterless constructor.");
        var invoker = ConstructorInvoker.Create(ctor);
        Func<IModal> create = () => (IModal)invoker.Invoke();
        var title = create().Title;
        var inputs = new List<ModalInput>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var attribute = property.GetCustomAttribute<ModalTextInputAttribute>();
            if (attribute is null)
                continue;
            if (property.PropertyType != typeof(string) || property.SetMethod is not { IsPublic: true } || property.GetMethod is not { IsPublic: true })
                throw new InvalidOperationException($"Modal {type.Name}.{property.Name} must be a settable string property.");
            var label = property.GetCustomAttribute<InputLabelAttribute>();
            var required = property.GetCustomAttribute<RequiredInputAttribute>()?.IsRequired ?? true;
            inputs.Add(new ModalInput(
                attribute.CustomId,
                label?.Label ?? property.Name,
                label?.Description,
                attribute.Style,
                attribute.Placeholder,
                attribute.MinLength,
                attribute.MaxLength,
                required,
                attribute.InitValue,
                Getter(property),
                Setter(property)));
        }
        if (inputs.Count is 0 or > 5)
            throw new InvalidOperationException($"Modal {type.Name} must have 1–5 [ModalTextInput] properties (has {inputs.Count}).");
        var info = new ModalInfo(type, create, title, [.. inputs]);
        info.ToBuilder("check", null).Build(); // Discord's limits, checked once at start.
        return info;
    }

    // Invokers rather than compiled expressions: no dynamic code, so modals also work in a Native AOT binary.
    private static Func<IModal, string?> Getter(PropertyInfo property)
    {
        var get = MethodInvoker.Create(property.GetMethod!);
        return modal => (string?)get.Invoke(modal);
    }

    private static Action<IModal, string?> Setter(PropertyInfo property)
    {
        var set = MethodInvoker.Create(property.SetMethod!);
        return (modal, value) => set.Invoke(modal, value);
    }
}
