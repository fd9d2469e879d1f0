using System.Net;
using System.Text.Json;

namespace PainPalBot.Discord.Rest;

/// <summary>A REST call Discord refused: the HTTP status, Discord's JSON error code (e.g. 50007), its message and field errors.</summary>
public sealed class DiscordApiException : Exception
{
    /// <summary>Creates the exception from a failed response.</summary>
    public DiscordApiException(HttpStatusCode status, int? code, string? discordMessage, JsonElement? errors, string method, string route)
        : base($"Discord {method} {route} failed: {(int)status} {status}{(code is { } c ? $", code {c}" : "")}{(discordMessage is { Length: > 0 } m ? $": {m}" : "")}")
    {
        Status = status;
        Code = code;
        DiscordMessage = discordMessage;
        Errors = errors;
        Method = method;
        Route = route;
    }

    public DiscordApiException() : this(HttpStatusCode.InternalServerError, null, null, null, "", "") { }
    public DiscordApiException(string message) : base(message) { Method = ""; Route = ""; }
    public DiscordApiException(string message, Exception innerException) : base(message, innerException) { Method = ""; Route = ""; }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>Discord's JSON error code (see <see cref="DiscordErrorCodes"/>), when the body had one.</summary>
    public int? Code { get; }

    /// <summary>Discord's message for the error.</summary>
    public string? DiscordMessage { get; }

    /// <summary>Field errors of a 50035 Invalid Form Body, as Discord sent them.</summary>
    public JsonElement? Errors { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The route template, with ids and tokens left out (safe to log).</summary>
    public string Route { get; }
}

/// <summary>Discord JSON error codes the bot reacts to (topics/opcodes-and-status-codes).</summary>
public static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownInteraction = 10062;
    public const int InteractionAlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int CannotSendMessagesToThisUser = 50007;
    public const int MissingPermissions = 50013;
    public const int InvalidFormBody = 50035;
}
