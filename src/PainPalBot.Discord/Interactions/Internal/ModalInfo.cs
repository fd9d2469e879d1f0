using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>An <see cref="IModal"/> class read once: its title, its inputs, and compiled ways to create and fill it.</summary>
internal sealed class ModalInfo
{
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

    public static ModalInfo For(Type type) => Cache.GetOrAdd(type, Build);

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

    private static ModalInfo Build(Type type)
    {
        if (!typeof(IModal).IsAssignableFrom(type) || type.IsAbstract)
            throw new InvalidOperationException($"{type.Name} must be a concrete class implementing {nameof(IModal)}.");
        var ctor = type.GetConstructor(Type.EmptyTypes)
            ?? throw new InvalidOperationException($"Modal {type.Name} needs a public parameterless constructor.");
        var create = Expression.Lambda<Func<IModal>>(Expression.Convert(Expression.New(ctor), typeof(IModal))).Compile();
        var title = create().Title;
        var inputs = new List<ModalInput>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var attribute = property.GetCustomAttribute<ModalTextInputAttribute>();
            if (attribute is null)
                continue;
            if (property.PropertyType != typeof(string) || property.SetMethod is not { IsPublic: true })
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
                CompileGetter(type, property),
                CompileSetter(type, property)));
        }
        if (inputs.Count is 0 or > 5)
            throw new InvalidOperationException($"Modal {type.Name} must have 1–5 [ModalTextInput] properties (has {inputs.Count}).");
        var info = new ModalInfo(type, create, title, [.. inputs]);
        info.ToBuilder("check", null).Build(); // Discord's limits, checked once at start.
        return info;
    }

    private static Func<IModal, string?> CompileGetter(Type type, PropertyInfo property)
    {
        var modal = Expression.Parameter(typeof(IModal));
        return Expression.Lambda<Func<IModal, string?>>(Expression.Property(Expression.Convert(modal, type), property), modal).Compile();
    }

    private static Action<IModal, string?> CompileSetter(Type type, PropertyInfo property)
    {
        var modal = Expression.Parameter(typeof(IModal));
        var value = Expression.Parameter(typeof(string));
        return Expression.Lambda<Action<IModal, string?>>(Expression.Assign(Expression.Property(Expression.Convert(modal, type), property), value), modal, value).Compile();
    }
}
