using Microsoft.AspNetCore.Http;

namespace PainPalBot.Sandbox;

/// <summary>Serves the page's files from the assembly, so the sandbox works offline from any folder.</summary>
internal static class SandboxStaticFiles
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
    };

    public static async Task WriteAsync(HttpContext context, string file)
    {
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file));
        await using var stream = type is null ? null : typeof(SandboxStaticFiles).Assembly.GetManifestResourceStream("wwwroot/" + file);
        if (stream is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = type;
        // Always fresh: a contributor editing app.js sees the change on reload.
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = stream.Length;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
