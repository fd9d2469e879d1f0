using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Every handler, read once at start: the slash command tree, user and message commands by name, component
/// and modal handlers by custom id, with module factories, invokers and binders built. Discord's rules are checked as modules are added,
/// and a violation throws one <see cref="InvalidOperationException"/> naming the command.
/// </summary>
internal sealed class CommandRegistry
{
    private const int MaxComponentCaptures = 8;

    // Discord: 15 global USER and 15 global MESSAGE commands, and as many per guild (interactions/application-commands).
    private const int MaxContextCommands = 15;

    private readonly object _gate = new();
    private readonly HashSet<Type> _modules = [];
    private readonly Dictionary<string, SlashNode> _roots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContextCommandNode> _userCommands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContextCommandNode> _messageCommands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CommandInfo> _exactComponents = new(StringComparer.Ordinal);
    private readonly List<CommandInfo> _wildComponents = [];
    private readonly Dictionary<string, CommandInfo> _exactModals = new(StringComparer.Ordinal);
    private readonly List<CommandInfo> _wildModals = [];
    private readonly List<CommandInfo> _all = [];

    public IReadOnlyCollection<Type> Modules => _modules;

    public IReadOnlyList<CommandInfo> All => _all;

    public static bool IsModule(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IInteractionModuleBase).IsAssignableFrom(type);

    /// <summary>Adds a module and its nested modules; returns the module types added.</summary>
    public IReadOnlyList<Type> Add([DynamicallyAccessedMembers(ModuleMembers.Read)] Type moduleType)
    {
        ArgumentNullException.ThrowIfNull(moduleType);
        if (!IsModule(moduleType))
            throw new InvalidOperationException($"{moduleType.Name} is not an interaction module: derive it from InteractionModuleBase<InteractionContext>.");
        lock (_gate)
        {
            var added = new List<Type>();
            AddCore(moduleType, added);
            return added;
        }
    }

    public (CommandInfo? Command, InteractionDataOption[]? Options) FindSlash(InteractionData? data)
    {
        if (data?.Name is not { } name || !_roots.TryGetValue(name, out var node))
            return (null, null);
        var options = data.Options;
        while (node.Command is null)
        {
            InteractionDataOption? sub = null;
            if (options is not null)
            {
                foreach (var option in options)
                {
                    if (option.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)
                    {
                        sub = option;
                        break;
                    }
                }
            }
            if (sub is null || !node.Children.TryGetValue(sub.Name, out var child))
                return (null, null);
            node = child;
            options = sub.Options;
        }
        return (node.Command, options);
    }

    /// <summary>The user or message command of <paramref name="data"/>: found by its type and name, as Discord keeps them.</summary>
    public CommandInfo? FindContextCommand(InteractionData? data)
    {
        var table = data?.Type switch
        {
            ApplicationCommandType.User => _userCommands,
            ApplicationCommandType.Message => _messageCommands,
            _ => null,
        };
        return table is not null && data!.Name is { } name && table.TryGetValue(name, out var node) ? node.Command : null;
    }

    public CommandInfo? FindComponent(string? customId, Span<Range> captures) => Find(_exactComponents, _wildComponents, customId, captures);

    public CommandInfo? FindModal(string? customId, Span<Range> captures) => Find(_exactModals, _wildModals, customId, captures);

    /// <summary>The application commands to register, in a stable order.</summary>
    public List<ApplicationCommand> BuildApplicationCommands()
    {
        lock (_gate)
        {
            return
            [
                .. _roots.Values.OrderBy(n => n.Name, StringComparer.Ordinal).Select(ToApplicationCommand),
                .. _userCommands.Values.OrderBy(n => n.Command.Name, StringComparer.Ordinal).Select(n => n.ToApplicationCommand()),
                .. _messageCommands.Values.OrderBy(n => n.Command.Name, StringComparer.Ordinal).Select(n => n.ToApplicationCommand()),
            ];
        }
    }

    private static CommandInfo? Find(Dictionary<string, CommandInfo> exact, List<CommandInfo> wild, string? customId, Span<Range> captures)
    {
        if (customId is null)
            return null;
        if (exact.TryGetValue(customId, out var command))
            return command;
        foreach (var candidate in wild)
        {
            if (candidate.Pattern!.TryMatch(customId, captures))
                return candidate;
        }
        return null;
    }

    private static ApplicationCommand ToApplicationCommand(SlashNode root) => new()
    {
        Type = ApplicationCommandType.ChatInput,
        Name = root.Name,
        Description = root.Description,
        Options = root.Command is { } command ? Options(command) : SubOptions(root),
        DefaultMemberPermissions = root.DefaultMemberPermissions,
        Contexts = root.Contexts,
    };

    private static ApplicationCommandOption[]? Options(CommandInfo command) =>
        command.SlashParameters.Length == 0 ? null : [.. command.SlashParameters.Select(p => p.ToOption())];

    private static ApplicationCommandOption[] SubOptions(SlashNode node) =>
    [
        .. node.Children.Values.OrderBy(c => c.Name, StringComparer.Ordinal).Select(child => child.Command is { } command
            ? new ApplicationCommandOption { Type = ApplicationCommandOptionType.SubCommand, Name = child.Name, Description = child.Description, Options = Options(command) }
            : new ApplicationCommandOption { Type = ApplicationCommandOptionType.SubCommandGroup, Name = child.Name, Description = child.Description, Options = SubOptions(child) }),
    ];

    // Nested [Group] modules come from GetNestedTypes, whose results carry no annotation. Asking for
    // PublicNestedTypes makes the trimmer keep each public nested type whole, so what ModuleMembers.Read
    // needs of it is there.
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Nested types reached through PublicNestedTypes are kept with all their members.")]
    [UnconditionalSuppressMessage("Trimming", "IL2062", Justification = "Nested types reached through PublicNestedTypes are kept with all their members.")]
    private void AddCore([DynamicallyAccessedMembers(ModuleMembers.Read)] Type moduleType, List<Type> added)
    {
        if (!_modules.Add(moduleType))
            return;
        added.Add(moduleType);
        var contextType = ContextTypeOf(moduleType);
        if (!contextType.IsAssignableFrom(typeof(InteractionContext)))
            throw new InvalidOperationException($"{moduleType.Name} uses context {contextType.Name}; the framework creates {nameof(InteractionContext)}, so use InteractionModuleBase<InteractionContext>.");

        var groups = GroupChain(moduleType);
        if (groups.Count > 2)
            throw new InvalidOperationException($"{moduleType.Name}: Discord allows a command, a subcommand group and a subcommand (two [Group] levels at most).");
        var factory = ActivatorUtilities.CreateFactory(moduleType, Type.EmptyTypes);
        var moduleAttributes = ModuleAttributes(moduleType);
        foreach (var method in moduleType.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            var slash = method.GetCustomAttribute<SlashCommandAttribute>();
            var messageCommand = method.GetCustomAttribute<MessageCommandAttribute>();
            var userCommand = method.GetCustomAttribute<UserCommandAttribute>();
            if ((slash is null ? 0 : 1) + (messageCommand is null ? 0 : 1) + (userCommand is null ? 0 : 1) > 1)
                throw new InvalidOperationException($"{moduleType.Name}.{method.Name}: a method is one command: a slash, a user or a message command.");
            if (slash is not null)
                AddSlash(moduleType, groups, factory, moduleAttributes, method, slash);
            if (messageCommand is not null)
                AddContextCommand(moduleType, factory, moduleAttributes, method, messageCommand.Name, CommandKind.MessageCommand);
            if (userCommand is not null)
                AddContextCommand(moduleType, factory, moduleAttributes, method, userCommand.Name, CommandKind.UserCommand);
            foreach (var component in method.GetCustomAttributes<ComponentInteractionAttribute>())
                AddCustomId(moduleType, factory, moduleAttributes, method, component.CustomId, CommandKind.Component);
            foreach (var modal in method.GetCustomAttributes<ModalInteractionAttribute>())
                AddCustomId(moduleType, factory, moduleAttributes, method, modal.CustomId, CommandKind.Modal);
        }
        foreach (var nested in moduleType.GetNestedTypes(BindingFlags.Public))
        {
            if (IsModule(nested))
                AddCore(nested, added);
        }
    }

    private void AddSlash(Type moduleType, List<(Type Type, GroupAttribute Group)> groups, ObjectFactory factory, List<Attribute> moduleAttributes, MethodInfo method, SlashCommandAttribute slash)
    {
        var path = string.Join(' ', groups.Select(g => g.Group.Name).Append(slash.Name));
        string Problem(string problem) => $"Command '/{path}' ({moduleType.Name}.{method.Name}): {problem}.";

        foreach (var name in groups.Select(g => g.Group.Name).Append(slash.Name))
        {
            if (CommandNames.CheckName(name) is { } bad)
                throw new InvalidOperationException(Problem(bad));
        }
        if (CommandNames.CheckDescription("the", slash.Description) is { } badDescription)
            throw new InvalidOperationException(Problem(badDescription));
        foreach (var (type, group) in groups)
        {
            if (CommandNames.CheckDescription($"group '{group.Name}'", group.Description) is { } badGroup)
                throw new InvalidOperationException(Problem(badGroup));
        }

        var parameters = method.GetParameters().Select(p => BuildSlashParameter(p, Problem)).ToArray();
        if (parameters.Length > 25)
            throw new InvalidOperationException(Problem($"at most 25 options (has {parameters.Length})"));
        var seenOptional = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (!names.Add(parameter.Name))
                throw new InvalidOperationException(Problem($"option '{parameter.Name}' appears twice"));
            if (!parameter.IsRequired)
                seenOptional = true;
            else if (seenOptional)
                throw new InvalidOperationException(Problem($"required option '{parameter.Name}' must come before the optional ones"));
        }

        var attributes = new List<Attribute>(moduleAttributes);
        attributes.AddRange(method.GetCustomAttributes(true).Cast<Attribute>());
        var command = new CommandInfo
        {
            Name = path,
            Kind = CommandKind.SlashCommand,
            Description = slash.Description,
            ModuleType = moduleType,
            Method = method,
            Parameters = parameters,
            SlashParameters = parameters,
            ParameterCount = parameters.Length,
            Attributes = attributes,
            Preconditions = [.. attributes.OfType<PreconditionAttribute>()],
            EphemeralDefer = attributes.OfType<EphemeralDeferAttribute>().Any(),
            ModuleFactory = factory,
            Invoke = BuildInvoker(method, Problem),
        };

        // Walk or create the tree: root command, optional group, subcommand.
        var level = _roots;
        SlashNode? node = null;
        var nodePath = "";
        for (var i = 0; i < groups.Count; i++)
        {
            var (groupType, group) = groups[i];
            nodePath = i == 0 ? group.Name : nodePath + " " + group.Name;
            if (!level.TryGetValue(group.Name, out node))
            {
                node = new SlashNode(group.Name, group.Description, nodePath);
                level[group.Name] = node;
                if (i == 0)
                    (node.DefaultMemberPermissions, node.Contexts) = TopLevel(groupType.GetCustomAttributes(true).Cast<Attribute>().ToList(), [], Problem);
            }
            else if (node.Command is not null)
            {
                throw new InvalidOperationException(Problem($"'{nodePath}' is both a command and a group"));
            }
            level = node.Children;
        }
        if (level.ContainsKey(slash.Name))
            throw new InvalidOperationException(Problem("a command with this name already exists"));
        if (level.Count >= 25 && node is not null)
            throw new InvalidOperationException(Problem($"'{node.Path}' has more than 25 subcommands and groups"));
        if (node is null && _roots.Count >= 100)
            throw new InvalidOperationException(Problem("Discord allows at most 100 global slash commands"));
        var leaf = new SlashNode(slash.Name, slash.Description, path) { Command = command };
        if (groups.Count == 0)
            (leaf.DefaultMemberPermissions, leaf.Contexts) = TopLevel(moduleAttributes, method.GetCustomAttributes(true).Cast<Attribute>().ToList(), Problem);
        level[slash.Name] = leaf;
        _all.Add(command);
    }

    /// <summary><c>default_member_permissions</c> and <c>contexts</c> of a top-level command: the method's attributes, else its module's.</summary>
    private static (ulong? Permissions, int[]? Contexts) TopLevel(List<Attribute> classAttributes, List<Attribute> methodAttributes, Func<string, string> problem)
    {
        T? Pick<T>() where T : Attribute => methodAttributes.OfType<T>().FirstOrDefault() ?? classAttributes.OfType<T>().FirstOrDefault();
        ulong? permissions = Pick<DefaultMemberPermissionsAttribute>() is { } p ? (ulong)p.Permissions : null;
        int[]? contexts = null;
        if (Pick<CommandContextTypeAttribute>() is { } types)
        {
            if (types.ContextTypes.Count == 0)
                throw new InvalidOperationException(problem("[CommandContextType] needs at least one context"));
            contexts = [.. types.ContextTypes.Distinct().Select(c => (int)c)];
        }
        else if (Pick<EnabledInDmAttribute>() is { IsEnabled: false })
        {
            contexts = [(int)InteractionContextType.Guild];
        }
        return (permissions, contexts);
    }

    private void AddContextCommand(Type moduleType, ObjectFactory factory, List<Attribute> moduleAttributes, MethodInfo method, string name, CommandKind kind)
    {
        var isMessage = kind == CommandKind.MessageCommand;
        var what = isMessage ? "message" : "user";
        string Problem(string problem) => $"{(isMessage ? "Message" : "User")} command '{name}' ({moduleType.Name}.{method.Name}): {problem}.";

        if (CommandNames.CheckContextMenuName(name) is { } badName)
            throw new InvalidOperationException(Problem(badName));
        // Context-menu commands take no options: Discord sends only the target (data.target_id + data.resolved).
        var parameters = method.GetParameters();
        var fits = parameters.Length == 1 && (isMessage
            ? parameters[0].ParameterType == typeof(Message)
            : parameters[0].ParameterType == typeof(User) || parameters[0].ParameterType == typeof(GuildMember));
        if (!fits)
        {
            throw new InvalidOperationException(Problem(isMessage
                ? "a message command takes exactly one parameter, the Message it was used on"
                : "a user command takes exactly one parameter, the User or GuildMember it was used on"));
        }
        var table = isMessage ? _messageCommands : _userCommands;
        // Names are unique per type: a slash command and a message command may share one.
        if (table.ContainsKey(name))
            throw new InvalidOperationException(Problem($"another {what} command has this name"));
        if (table.Count >= MaxContextCommands)
            throw new InvalidOperationException(Problem($"Discord allows at most {MaxContextCommands} {what} commands"));

        var methodAttributes = method.GetCustomAttributes(true).Cast<Attribute>().ToList();
        var (permissions, contexts) = TopLevel(moduleAttributes, methodAttributes, Problem);
        var attributes = new List<Attribute>(moduleAttributes);
        attributes.AddRange(methodAttributes);
        var target = parameters[0];
        var command = new CommandInfo
        {
            Name = name,
            Kind = kind,
            ModuleType = moduleType,
            Method = method,
            Parameters = [new PlainParameter(target.Name ?? "target", target.ParameterType, target.GetCustomAttributes(true).Cast<Attribute>().ToList())],
            ParameterCount = 1,
            Attributes = attributes,
            Preconditions = [.. attributes.OfType<PreconditionAttribute>()],
            EphemeralDefer = attributes.OfType<EphemeralDeferAttribute>().Any(),
            ModuleFactory = factory,
            Invoke = BuildInvoker(method, Problem),
        };
        table[name] = new ContextCommandNode(isMessage ? ApplicationCommandType.Message : ApplicationCommandType.User, command, permissions, contexts);
        _all.Add(command);
    }

    private void AddCustomId(Type moduleType, ObjectFactory factory, List<Attribute> moduleAttributes, MethodInfo method, string customId, CommandKind kind)
    {
        var what = kind == CommandKind.Component ? "Component handler" : "Modal handler";
        string Problem(string problem) => $"{what} '{customId}' ({moduleType.Name}.{method.Name}): {problem}.";
        if (string.IsNullOrEmpty(customId) || customId.Length > 100)
            throw new InvalidOperationException(Problem("a custom id must be 1–100 characters"));
        var pattern = new CustomIdPattern(customId);
        if (pattern.WildcardCount > MaxComponentCaptures)
            throw new InvalidOperationException(Problem($"at most {MaxComponentCaptures} wildcards"));

        var parameters = method.GetParameters();
        var captureBinders = new List<Func<string, object?>>();
        var infos = new List<IParameterInfo>();
        var valuesIndex = -1;
        var modalIndex = -1;
        ModalInfo? modal = null;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            infos.Add(new PlainParameter(p.Name ?? $"arg{i}", p.ParameterType, p.GetCustomAttributes(true).Cast<Attribute>().ToList()));
            if (kind == CommandKind.Component && p.ParameterType == typeof(string[]) && valuesIndex < 0)
            {
                valuesIndex = i;
                continue;
            }
            if (kind == CommandKind.Modal && typeof(IModal).IsAssignableFrom(p.ParameterType) && modalIndex < 0)
            {
                modalIndex = i;
                modal = ModalFor(p.ParameterType);
                continue;
            }
            if ((valuesIndex >= 0 && valuesIndex < i) || (modalIndex >= 0 && modalIndex < i))
                throw new InvalidOperationException(Problem($"parameter '{p.Name}' must come before the {(valuesIndex >= 0 ? "select values" : "modal")} parameter"));
            if (!CaptureBinder.IsSupported(p.ParameterType))
                throw new InvalidOperationException(Problem($"parameter '{p.Name}' of type {p.ParameterType.Name} cannot take a wildcard capture"));
            captureBinders.Add(CaptureBinder.Create(p.ParameterType));
        }
        if (captureBinders.Count != pattern.WildcardCount)
            throw new InvalidOperationException(Problem($"{pattern.WildcardCount} wildcard(s) but {captureBinders.Count} capture parameter(s)"));

        var attributes = new List<Attribute>(moduleAttributes);
        attributes.AddRange(method.GetCustomAttributes(true).Cast<Attribute>());
        var command = new CommandInfo
        {
            Name = customId,
            Kind = kind,
            ModuleType = moduleType,
            Method = method,
            Parameters = infos,
            ParameterCount = parameters.Length,
            Attributes = attributes,
            Preconditions = [.. attributes.OfType<PreconditionAttribute>()],
            EphemeralDefer = attributes.OfType<EphemeralDeferAttribute>().Any(),
            ModuleFactory = factory,
            Invoke = BuildInvoker(method, Problem),
            Pattern = pattern,
            CaptureBinders = [.. captureBinders],
            ValuesParameterIndex = valuesIndex,
            ModalParameterIndex = modalIndex,
            Modal = modal,
        };
        var (exact, wild) = kind == CommandKind.Component ? (_exactComponents, _wildComponents) : (_exactModals, _wildModals);
        if (pattern.WildcardCount == 0)
        {
            if (!exact.TryAdd(customId, command))
                throw new InvalidOperationException(Problem("another handler has the same custom id"));
        }
        else
        {
            if (wild.Any(w => w.Pattern!.Pattern == customId))
                throw new InvalidOperationException(Problem("another handler has the same custom id"));
            wild.Add(command);
            // More literal text is more specific: "a:b:*" is tried before "a:*".
            wild.Sort((x, y) => y.Pattern!.LiteralLength.CompareTo(x.Pattern!.LiteralLength));
        }
        _all.Add(command);
    }

    private static SlashParameter BuildSlashParameter(ParameterInfo p, Func<string, string> problem)
    {
        var summary = p.GetCustomAttribute<SummaryAttribute>();
        var name = summary?.Name ?? p.Name ?? "";
        if (CommandNames.CheckName(name) is { } badName)
            throw new InvalidOperationException(problem($"option {badName}"));
        var description = summary?.Description ?? name;
        if (CommandNames.CheckDescription($"option '{name}'", description) is { } badDescription)
            throw new InvalidOperationException(problem(badDescription));

        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        var (kind, optionType) = KindOf(type) ?? throw new InvalidOperationException(problem($"option '{name}' has unsupported type {p.ParameterType.Name}"));
        var minValue = p.GetCustomAttribute<MinValueAttribute>()?.Value;
        var maxValue = p.GetCustomAttribute<MaxValueAttribute>()?.Value;
        var minLength = p.GetCustomAttribute<MinLengthAttribute>()?.Length;
        var maxLength = p.GetCustomAttribute<MaxLengthAttribute>()?.Length;
        var autocomplete = p.GetCustomAttribute<AutocompleteAttribute>()?.AutocompleteHandlerType;
        var isNumeric = optionType is ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number;
        if ((minValue ?? maxValue) is not null && !isNumeric)
            throw new InvalidOperationException(problem($"option '{name}': [MinValue]/[MaxValue] are for integer and number options"));
        if (minValue > maxValue)
            throw new InvalidOperationException(problem($"option '{name}': [MinValue] is above [MaxValue]"));
        if ((minLength ?? maxLength) is not null && optionType != ApplicationCommandOptionType.String)
            throw new InvalidOperationException(problem($"option '{name}': [MinLength]/[MaxLength] are for string options"));
        if (minLength is < 0 or > 6000 || maxLength is < 1 or > 6000 || minLength > maxLength)
            throw new InvalidOperationException(problem($"option '{name}': min length must be 0–6000, max length 1–6000, min ≤ max"));

        ApplicationCommandOptionChoice[]? choices = null;
        HashSet<object>? choiceValues = null;
        Dictionary<string, object>? enumValues = null;
        var choiceAttributes = p.GetCustomAttributes<ChoiceAttribute>().ToList();
        if (kind == ParameterKind.Enum)
        {
            enumValues = new Dictionary<string, object>(StringComparer.Ordinal);
            var list = new List<ApplicationCommandOptionChoice>();
            foreach (var field in EnumFields(type))
            {
                var display = field.GetCustomAttribute<ChoiceDisplayAttribute>()?.Name ?? field.Name;
                enumValues[field.Name] = field.GetValue(null)!;
                list.Add(new ApplicationCommandOptionChoice { Name = display, Value = OptionValues.ToJson(field.Name) });
            }
            if (list.Count == 0)
                throw new InvalidOperationException(problem($"option '{name}': enum {type.Name} has no members to offer (was it trimmed?)"));
            choices = [.. list];
        }
        else if (choiceAttributes.Count > 0)
        {
            if (optionType is not (ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number))
                throw new InvalidOperationException(problem($"option '{name}': [Choice] is for string, integer and number options"));
            choiceValues = [];
            var list = new List<ApplicationCommandOptionChoice>();
            foreach (var choice in choiceAttributes)
            {
                object value = (optionType, choice.Value) switch
                {
                    (ApplicationCommandOptionType.String, string s) => s,
                    (ApplicationCommandOptionType.Integer, long l) => l,
                    (ApplicationCommandOptionType.Number, double d) => d,
                    (ApplicationCommandOptionType.Number, long l) => (double)l,
                    _ => throw new InvalidOperationException(problem($"option '{name}': choice '{choice.Name}' has a value of the wrong type")),
                };
                if (choice.Name.Length is < 1 or > 100 || value is string { Length: > 100 })
                    throw new InvalidOperationException(problem($"option '{name}': choice names are 1–100 characters and string values at most 100"));
                if (!choiceValues.Add(value))
                    throw new InvalidOperationException(problem($"option '{name}': choice value of '{choice.Name}' appears twice"));
                list.Add(new ApplicationCommandOptionChoice { Name = choice.Name, Value = OptionValues.ToJson(value) });
            }
            choices = [.. list];
        }
        if (choices is { Length: > 25 })
            throw new InvalidOperationException(problem($"option '{name}' has {choices.Length} choices; Discord allows 25"));
        if (choices is not null && autocomplete is not null)
            throw new InvalidOperationException(problem($"option '{name}' cannot have both choices and autocomplete"));
        if (autocomplete is not null && optionType is not (ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number))
            throw new InvalidOperationException(problem($"option '{name}': autocomplete is for string, integer and number options"));

        var required = !p.HasDefaultValue && !p.IsOptional;
        object? defaultValue = null;
        if (!required)
        {
            defaultValue = p.DefaultValue is DBNull or System.Reflection.Missing ? null : p.DefaultValue;
            if (defaultValue is not null && type.IsEnum && defaultValue.GetType() != type)
                defaultValue = Enum.ToObject(type, defaultValue);
            if (defaultValue is null && p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null)
                defaultValue = DefaultOf(kind, type);
        }

        return new SlashParameter
        {
            Name = name,
            Description = description,
            ParameterType = p.ParameterType,
            IsRequired = required,
            DefaultValue = defaultValue,
            Attributes = p.GetCustomAttributes(true).Cast<Attribute>().ToList(),
            Kind = kind,
            OptionType = optionType,
            MinValue = minValue,
            MaxValue = maxValue,
            MinLength = minLength,
            MaxLength = maxLength,
            Choices = choices,
            ChoiceValues = choiceValues,
            EnumValues = enumValues,
            AutocompleteHandlerType = autocomplete,
            AutocompleteFactory = autocomplete is null ? null : ActivatorUtilities.CreateFactory(autocomplete, Type.EmptyTypes),
        };
    }

    private static (ParameterKind, ApplicationCommandOptionType)? KindOf(Type type)
    {
        if (type == typeof(string)) return (ParameterKind.String, ApplicationCommandOptionType.String);
        if (type == typeof(int)) return (ParameterKind.Int32, ApplicationCommandOptionType.Integer);
        if (type == typeof(long)) return (ParameterKind.Int64, ApplicationCommandOptionType.Integer);
        if (type == typeof(double)) return (ParameterKind.Double, ApplicationCommandOptionType.Number);
        if (type == typeof(bool)) return (ParameterKind.Boolean, ApplicationCommandOptionType.Boolean);
        if (type.IsEnum) return (ParameterKind.Enum, ApplicationCommandOptionType.String);
        if (type == typeof(User)) return (ParameterKind.User, ApplicationCommandOptionType.User);
        if (type == typeof(GuildMember)) return (ParameterKind.GuildMember, ApplicationCommandOptionType.User);
        if (type == typeof(Channel)) return (ParameterKind.Channel, ApplicationCommandOptionType.Channel);
        if (type == typeof(Role)) return (ParameterKind.Role, ApplicationCommandOptionType.Role);
        if (type == typeof(Mentionable)) return (ParameterKind.Mentionable, ApplicationCommandOptionType.Mentionable);
        if (type == typeof(Attachment)) return (ParameterKind.Attachment, ApplicationCommandOptionType.Attachment);
        return null;
    }

    private static Type ContextTypeOf(Type moduleType)
    {
        for (var t = moduleType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(InteractionModuleBase<>))
                return t.GetGenericArguments()[0];
        }
        throw new InvalidOperationException($"{moduleType.Name} does not derive from InteractionModuleBase<TContext>.");
    }

    private static List<(Type Type, GroupAttribute Group)> GroupChain(Type moduleType)
    {
        var chain = new List<(Type, GroupAttribute)>();
        for (var t = moduleType; t is not null; t = t.DeclaringType)
        {
            if (t.GetCustomAttribute<GroupAttribute>(false) is { } group)
                chain.Insert(0, (t, group));
        }
        return chain;
    }

    private static List<Attribute> ModuleAttributes(Type moduleType)
    {
        var types = new List<Type>();
        for (var t = moduleType; t is not null; t = t.DeclaringType)
            types.Insert(0, t);
        return [.. types.SelectMany(t => t.GetCustomAttributes(true).Cast<Attribute>())];
    }

    // Handler parameter types are not annotated, so the trimmer cannot see that an enum's fields or a modal's
    // constructor and properties are read. They are declared in the same module assemblies the host keeps whole
    // (TrimmerRootAssembly), and a trimmed enum or modal fails at start here rather than when someone uses it.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Enum option types sit in module assemblies the host roots; an enum with no fields left throws at start.")]
    private static FieldInfo[] EnumFields(Type enumType) => enumType.GetFields(BindingFlags.Public | BindingFlags.Static);

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Modal types sit in module assemblies the host roots; ModalInfo throws at start when the constructor or inputs are missing.")]
    private static ModalInfo ModalFor(Type modalType) => ModalInfo.For(modalType);

    private static object DefaultOf(ParameterKind kind, Type type) => kind switch
    {
        ParameterKind.Int32 => 0,
        ParameterKind.Int64 => 0L,
        ParameterKind.Double => 0d,
        ParameterKind.Boolean => false,
        ParameterKind.Enum => Enum.ToObject(type, 0),
        _ => throw new InvalidOperationException($"No default for {type.Name}."),
    };

    // MethodInvoker rather than a compiled expression: the same speed once warm under the JIT, and no
    // dynamic code, so the bot also runs as a Native AOT binary. It does not wrap the handler's exceptions.
    private static Func<object, object?[], Task> BuildInvoker(MethodInfo method, Func<string, string> problem)
    {
        var invoker = MethodInvoker.Create(method);
        var returnType = method.ReturnType;
        if (typeof(Task).IsAssignableFrom(returnType))
            return (module, args) => (Task)invoker.Invoke(module, args.AsSpan())!;
        if (returnType == typeof(ValueTask))
            return (module, args) => ((ValueTask)invoker.Invoke(module, args.AsSpan())!).AsTask();
        if (returnType == typeof(void))
        {
            return (module, args) =>
            {
                invoker.Invoke(module, args.AsSpan());
                return Task.CompletedTask;
            };
        }
        throw new InvalidOperationException(problem($"a handler must return Task, ValueTask or void, not {returnType.Name}"));
    }
}
