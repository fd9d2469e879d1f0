using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Discovers interaction modules, registers their slash, user and message commands with Discord, and runs each incoming
/// interaction in its own DI scope: preconditions, parameter binding with server-side re-checks, the
/// handler, the 3-second auto-defer, and a private error message for every failure.
/// </summary>
public sealed class InteractionService
{
    private readonly CommandRegistry _registry = new();
    private readonly IDiscordRestClient _rest;
    private readonly IServiceScopeFactory _scopes;
    private readonly ICommandRegistrationStore _registrationStore;
    private readonly InteractionServiceOptions _options;
    private readonly DiscordOptions _discordOptions;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the service and adds every module registered with <c>AddInteractionModule</c>.</summary>
    public InteractionService(
        IDiscordRestClient rest,
        IServiceScopeFactory scopes,
        ICommandRegistrationStore registrationStore,
        IOptions<InteractionServiceOptions> options,
        IOptions<DiscordOptions> discordOptions,
        TimeProvider time,
        ILogger<InteractionService>? logger = null,
        IEnumerable<InteractionModuleRegistration>? modules = null)
    {
        ArgumentNullException.ThrowIfNull(rest);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(registrationStore);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(discordOptions);
        ArgumentNullException.ThrowIfNull(time);
        _rest = rest;
        _scopes = scopes;
        _registrationStore = registrationStore;
        _options = options.Value;
        _discordOptions = discordOptions.Value;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        foreach (var module in modules ?? [])
            _registry.Add(module.ModuleType);
    }

    /// <summary>The module types added so far.</summary>
    public IReadOnlyCollection<Type> Modules => _registry.Modules;

    /// <summary>Every handler: slash, user and message commands, component and modal handlers.</summary>
    public IReadOnlyList<ICommandInfo> Commands => _registry.All;

    /// <summary>Adds a module and its nested group modules; throws <see cref="InvalidOperationException"/> naming the command that breaks Discord's rules.</summary>
    public void AddModule<[DynamicallyAccessedMembers(ModuleMembers.Read)] TModule>() where TModule : class => _registry.Add(typeof(TModule));

    /// <summary>Adds a module type and its nested group modules.</summary>
    public void AddModule([DynamicallyAccessedMembers(ModuleMembers.Read)] Type moduleType) => _registry.Add(moduleType);

    /// <summary>Adds every public module class of an assembly; returns the module types added.</summary>
    [RequiresUnreferencedCode("Finds modules by scanning the assembly, which trimming cannot see; register each module with AddInteractionModule<T>() instead.")]
    public Task<IReadOnlyList<Type>> AddModulesAsync(Assembly assembly, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var added = new List<Type>();
        foreach (var type in assembly.GetExportedTypes().Where(t => CommandRegistry.IsModule(t) && !t.IsNested))
            added.AddRange(_registry.Add(type));
        return Task.FromResult<IReadOnlyList<Type>>(added);
    }

    /// <summary>The application commands (JSON-ready) the modules declare, in a stable order.</summary>
    public IReadOnlyList<ApplicationCommand> BuildApplicationCommands() => _registry.BuildApplicationCommands();

    /// <summary>
    /// Registers the commands with one bulk overwrite: to <paramref name="guildId"/>, else to
    /// <c>Discord:DevGuildId</c> when set, else globally. Skipped (returns false) when the same set was
    /// registered to the same place before, unless <paramref name="force"/>.
    /// </summary>
    public async Task<bool> RegisterCommandsAsync(ulong applicationId, ulong? guildId = null, bool force = false, CancellationToken ct = default)
    {
        var target = guildId ?? _discordOptions.DevGuildId;
        var commands = _registry.BuildApplicationCommands();
        var scope = target is { } g ? $"app:{applicationId}:guild:{g}" : $"app:{applicationId}:global";
        var hash = ComputeHash(commands);
        if (!force && await _registrationStore.GetHashAsync(scope, ct) == hash)
        {
            InteractionLog.RegistrationSkipped(_logger, scope);
            return false;
        }
        if (target is { } guild)
            await _rest.BulkOverwriteGuildApplicationCommandsAsync(applicationId, guild, commands, ct);
        else
            await _rest.BulkOverwriteGlobalApplicationCommandsAsync(applicationId, commands, ct);
        await _registrationStore.SaveHashAsync(scope, hash, ct);
        InteractionLog.CommandsRegistered(_logger, commands.Count, scope);
        return true;
    }

    /// <summary>A stable hash of a command set's JSON.</summary>
    public static string ComputeHash(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var json = JsonSerializer.SerializeToUtf8Bytes([.. commands], DiscordJsonContext.Default.ApplicationCommandArray);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }

    /// <summary>
    /// Handles one interaction end to end. Never throws for a handler's failure: the user gets a short
    /// private message and the log one entry with the interaction id.
    /// </summary>
    public async Task<InteractionResult> ExecuteAsync(Interaction interaction, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        using var logScope = _logger.BeginScope(new InteractionLogScope(interaction.Id));
        switch (interaction.Type)
        {
            // One interaction type carries all three kinds of command; data.type says which (a missing type is a slash command).
            case InteractionType.ApplicationCommand when interaction.Data?.Type is ApplicationCommandType.User or ApplicationCommandType.Message:
                return await RunAsync(interaction, _registry.FindContextCommand(interaction.Data), null, default, ct);
            case InteractionType.ApplicationCommand:
            {
                var (command, options) = _registry.FindSlash(interaction.Data);
                return await RunAsync(interaction, command, options, default, ct);
            }
            case InteractionType.MessageComponent:
            {
                var captures = new Range[8];
                var command = _registry.FindComponent(interaction.Data?.CustomId, captures);
                return await RunAsync(interaction, command, null, captures, ct);
            }
            case InteractionType.ModalSubmit:
            {
                var captures = new Range[8];
                var command = _registry.FindModal(interaction.Data?.CustomId, captures);
                return await RunAsync(interaction, command, null, captures, ct);
            }
            case InteractionType.ApplicationCommandAutocomplete:
                return await AutocompleteAsync(interaction, ct);
            default:
                return InteractionResult.FromSuccess();
        }
    }

    private async Task<InteractionResult> RunAsync(Interaction interaction, CommandInfo? command, InteractionDataOption[]? options, Range[]? captures, CancellationToken ct)
    {
        var responder = new InteractionResponder(_rest, interaction, _logger);
        if (command is null)
        {
            InteractionLog.UnknownHandler(_logger, interaction.Id, interaction.Type.ToString());
            await responder.ReportErrorAsync(_options.UnknownCommandMessage, ct);
            return InteractionResult.FromError(InteractionCommandError.UnknownCommand, _options.UnknownCommandMessage);
        }

        var scope = _scopes.CreateAsyncScope();
        responder.StartAutoDefer(_time, _options.AutoDeferAfter, command.EphemeralDefer, ct);
        var context = new InteractionContext(interaction, responder);
        try
        {
            var result = await RunHandlerAsync(interaction, command, options, captures, context, scope.ServiceProvider, ct);
            await NotifyObserversAsync(context, result, scope.ServiceProvider, ct);
            return result;
        }
        finally
        {
            await responder.StopAutoDeferAsync();
            await scope.DisposeAsync();
        }
    }

    private async Task<InteractionResult> RunHandlerAsync(Interaction interaction, CommandInfo command, InteractionDataOption[]? options, Range[]? captures, InteractionContext context, IServiceProvider services, CancellationToken ct)
    {
        var responder = context.Responder;
        try
        {
            foreach (var precondition in command.Preconditions)
            {
                var verdict = await precondition.CheckRequirementsAsync(context, command, services);
                if (!verdict.IsSuccess)
                {
                    InteractionLog.PreconditionFailed(_logger, interaction.Id, command.Name, precondition.GetType().Name);
                    await responder.ReportErrorAsync(verdict.ErrorReason!, ct);
                    return InteractionResult.FromError(InteractionCommandError.UnmetPrecondition, verdict.ErrorReason!);
                }
            }

            var args = command.ParameterCount == 0 ? [] : new object?[command.ParameterCount];
            if (!TryBind(interaction, command, options, captures, args, out var error))
            {
                await responder.ReportErrorAsync(error, ct);
                return InteractionResult.FromError(InteractionCommandError.BadArgs, error);
            }

            var module = command.ModuleFactory(services, null);
            ((IInteractionModuleBase)module).SetContext(context);
            try
            {
                await command.Invoke(module, args);
            }
            finally
            {
                if (module is IAsyncDisposable asyncDisposable)
                    await asyncDisposable.DisposeAsync();
                else if (module is IDisposable disposable)
                    disposable.Dispose();
            }

            await responder.StopAutoDeferAsync();
            if (await responder.CompleteAsync(_options.NoResponseMessage, ct))
                InteractionLog.NoResponse(_logger, interaction.Id, command.Name);
            return InteractionResult.FromSuccess();
        }
#pragma warning disable CA1031 // The interaction edge: every failure becomes a private message and one log entry.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            InteractionLog.HandlerFailed(_logger, ex, interaction.Id, command.Name);
            await responder.StopAutoDeferAsync();
            await responder.ReportErrorAsync(_options.ErrorMessage, ct);
            return InteractionResult.FromError(InteractionCommandError.Exception, _options.ErrorMessage, ex);
        }
    }

    private async Task NotifyObserversAsync(InteractionContext context, InteractionResult result, IServiceProvider services, CancellationToken ct)
    {
        foreach (var observer in services.GetServices<IInteractionObserver>())
        {
            try
            {
                await observer.OnExecutedAsync(context, result, ct);
            }
#pragma warning disable CA1031 // An observer's failure must not turn an answered interaction into an error.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                InteractionLog.ObserverFailed(_logger, ex, context.Interaction.Id, observer.GetType().Name);
            }
        }
    }

    private bool TryBind(Interaction interaction, CommandInfo command, InteractionDataOption[]? options, Range[]? captures, object?[] args, out string error)
    {
        error = "";
        if (command.Kind is CommandKind.MessageCommand or CommandKind.UserCommand)
        {
            args[0] = ContextCommandTarget.Bind(command.Parameters[0].ParameterType, interaction.Data);
            if (args[0] is not null)
                return true;
            InteractionLog.BindFailed(_logger, interaction.Id, command.Name, command.Parameters[0].Name, "target not resolved");
            error = command.Kind == CommandKind.MessageCommand
                ? "Discord didn't send the message this was used on, so I couldn't do anything with it. Please try again. Nothing was changed."
                : "Discord didn't send the person this was used on, so I couldn't do anything. Please try again. Nothing was changed.";
            return false;
        }
        if (command.Kind == CommandKind.SlashCommand)
        {
            var resolved = interaction.Data?.Resolved;
            for (var i = 0; i < command.SlashParameters.Length; i++)
            {
                var parameter = command.SlashParameters[i];
                var option = FindOption(options, parameter.Name);
                if (!parameter.TryBind(option, resolved, out args[i], out var message, out var reason))
                {
                    InteractionLog.BindFailed(_logger, interaction.Id, command.Name, parameter.Name, reason!);
                    error = message!;
                    return false;
                }
            }
            return true;
        }

        var customId = interaction.Data!.CustomId!;
        var captureIndex = 0;
        for (var i = 0; i < command.ParameterCount; i++)
        {
            if (i == command.ValuesParameterIndex)
            {
                args[i] = interaction.Data.Values ?? [];
            }
            else if (i == command.ModalParameterIndex)
            {
                args[i] = command.Modal!.Bind(interaction.Data.Components, out var modalError, out var input);
                if (modalError is not null)
                {
                    InteractionLog.BindFailed(_logger, interaction.Id, command.Name, input!, "refused");
                    error = modalError;
                    return false;
                }
            }
            else
            {
                var value = command.CaptureBinders[captureIndex](customId[captures![captureIndex]]);
                if (value is null)
                {
                    InteractionLog.BindFailed(_logger, interaction.Id, command.Name, command.Parameters[i].Name, "capture unreadable");
                    error = command.Kind == CommandKind.Modal
                        ? "That form is out of date; please open it again. Nothing was saved."
                        : "That button or menu is out of date; please run the command again. Nothing was saved.";
                    return false;
                }
                args[i] = value;
                captureIndex++;
            }
        }
        return true;
    }

    private async Task<InteractionResult> AutocompleteAsync(Interaction interaction, CancellationToken ct)
    {
        var responder = new InteractionResponder(_rest, interaction, _logger);
        var (command, options) = _registry.FindSlash(interaction.Data);
        InteractionDataOption? focused = null;
        foreach (var option in options ?? [])
        {
            if (option.Focused == true)
                focused = option;
        }
        var parameter = command?.SlashParameters.FirstOrDefault(p => p.Name == focused?.Name);
        if (command is null || focused is null || parameter?.AutocompleteFactory is null)
        {
            InteractionLog.UnknownHandler(_logger, interaction.Id, interaction.Type.ToString());
            await SafeSuggestAsync(responder, [], ct);
            return InteractionResult.FromError(InteractionCommandError.UnknownCommand, "No autocomplete handler.");
        }

        await using var scope = _scopes.CreateAsyncScope();
        try
        {
            var context = new InteractionContext(interaction, responder);
            var handler = (AutocompleteHandler)parameter.AutocompleteFactory(scope.ServiceProvider, null);
            var result = await handler.GenerateSuggestionsAsync(context, new AutocompleteInteraction(interaction, command.Name, focused, options!), parameter, scope.ServiceProvider);
            if (!result.IsSuccess)
                InteractionLog.AutocompleteFailed(_logger, interaction.Id, command.Name, result.ErrorReason!);
            await responder.RespondWithAutocompleteAsync(result.Suggestions, ct);
            return InteractionResult.FromSuccess();
        }
#pragma warning disable CA1031 // The interaction edge: a failed suggestion list is answered with none.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            InteractionLog.AutocompleteThrew(_logger, ex, interaction.Id, command.Name);
            await SafeSuggestAsync(responder, [], ct);
            return InteractionResult.FromError(InteractionCommandError.Exception, "Autocomplete failed.", ex);
        }
    }

    private async Task SafeSuggestAsync(InteractionResponder responder, IEnumerable<AutocompleteResult> suggestions, CancellationToken ct)
    {
        try
        {
            await responder.RespondWithAutocompleteAsync(suggestions, ct);
        }
#pragma warning disable CA1031 // Nothing more can be done for an autocomplete request.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            InteractionLog.ErrorReplyFailed(_logger, ex, responder.Interaction.Id);
        }
    }

    private static InteractionDataOption? FindOption(InteractionDataOption[]? options, string name)
    {
        if (options is null)
            return null;
        foreach (var option in options)
        {
            if (string.Equals(option.Name, name, StringComparison.Ordinal))
                return option;
        }
        return null;
    }
}
