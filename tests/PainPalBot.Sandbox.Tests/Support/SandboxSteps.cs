using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>What a person does on the sandbox page, in the page's own words (labels, buttons, roles).</summary>
public sealed partial class SandboxSteps(IPage page)
{
    /// <summary>The page.</summary>
    public IPage Page { get; } = page;

    /// <summary>The visible messages of the open channel.</summary>
    public ILocator Messages => Page.Locator("#messages > li.message");

    /// <summary>The composer's message box.</summary>
    public ILocator Composer => Page.GetByRole(AriaRole.Combobox, new() { NameRegex = MessageBoxName() });

    /// <summary>Acts as another pretend person.</summary>
    public async Task ActAsAsync(ulong userId) =>
        await Page.GetByLabel("Acting as").SelectOptionAsync(new SelectOptionValue { Value = userId.ToString(CultureInfo.InvariantCulture) });

    /// <summary>Opens a server channel by name, e.g. "general".</summary>
    public async Task OpenChannelAsync(string name)
    {
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Channels" }).GetByRole(AriaRole.Button, new() { Name = "# " + name }).ClickAsync();
        await Expect(Page.Locator("#channel-title")).ToHaveTextAsync("#" + name);
    }

    /// <summary>Opens the acting person's DM with the bot.</summary>
    public async Task OpenDmAsync()
    {
        await Page.Locator("#dm-list button").ClickAsync();
        await Expect(Page.Locator("#channel-title")).ToHaveTextAsync("@PainPalBot");
    }

    /// <summary>Types a slash command path, picks it from the list, fills the options by name and sends it.</summary>
    public async Task RunCommandAsync(string path, params (string Option, string Value)[] values)
    {
        await OpenCommandAsync(path);
        foreach (var (option, value) in values)
            await FillOptionAsync(option, value);
        await SendCommandAsync();
    }

    /// <summary>Types "/" and the path, and picks the command from the suggestions.</summary>
    public async Task OpenCommandAsync(string path)
    {
        await Composer.FillAsync("/" + path);
        var suggestion = Page.Locator($"#command-suggestions [role='option'][data-path='{path}']");
        await Expect(suggestion).ToBeVisibleAsync();
        await suggestion.ClickAsync();
        await Expect(Page.Locator("#command-form-title")).ToHaveTextAsync("/" + path);
    }

    /// <summary>
    /// Picks the first of <paramref name="paths"/> the bot registered (features name their subcommands as they
    /// see fit) and opens its form; fails naming the missing command when none is registered.
    /// </summary>
    public async Task<string> OpenFirstCommandAsync(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var root = paths[0].Split(' ')[0];
        await Composer.FillAsync("/" + root);
        var listed = Page.Locator("#command-suggestions [role='option']");
        try
        {
            await Expect(listed.First).ToBeVisibleAsync();
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"PainPalBot has not registered /{root} (wanted one of: /{string.Join(", /", paths)}).");
        }
        var registered = await listed.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.path)");
        var path = paths.FirstOrDefault(registered.Contains);
        if (path is null)
            Assert.Fail($"PainPalBot has none of /{string.Join(", /", paths)}; under /{root} it has: /{string.Join(", /", registered)}.");
        await Composer.FillAsync("");
        await OpenCommandAsync(path);
        return path;
    }

    /// <summary>Fills the first of several possible option names that the open form has; false when it has none of them.</summary>
    public async Task<bool> FillAnyOptionAsync(string value, params string[] options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var option in options)
        {
            if (await HasOptionAsync(option))
            {
                await FillOptionAsync(option, value);
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the open command form has an option.</summary>
    public async Task<bool> HasOptionAsync(string option) => await Page.Locator("#option-" + option).CountAsync() > 0;

    /// <summary>Fills an option of the open command form: a select by its label or value, anything else by typing.</summary>
    public async Task FillOptionAsync(string option, string value)
    {
        var control = Page.Locator("#option-" + option);
        var tag = await control.EvaluateAsync<string>("e => e.tagName");
        if (tag == "SELECT")
        {
            var values = await control.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
            if (values.Contains(value))
                await control.SelectOptionAsync(new SelectOptionValue { Value = value });
            else
                await control.SelectOptionAsync(new SelectOptionValue { Label = value });
        }
        else
        {
            await control.FillAsync(value);
        }
    }

    /// <summary>Fills every required option still empty with a plain value for its type.</summary>
    public async Task FillRequiredDefaultsAsync()
    {
        foreach (var control in await Page.Locator("#command-options [data-required='true']").AllAsync())
        {
            var tag = await control.EvaluateAsync<string>("e => e.tagName");
            var current = await control.InputValueAsync();
            if (current.Length > 0)
                continue;
            if (tag == "SELECT")
            {
                var first = await control.Locator("option:not([value=''])").First.GetAttributeAsync("value");
                if (first is not null)
                    await control.SelectOptionAsync(new SelectOptionValue { Value = first });
            }
            else if (await control.GetAttributeAsync("type") == "number")
            {
                await control.FillAsync(await control.GetAttributeAsync("min") ?? "1");
            }
            else
            {
                await control.FillAsync("sandbox");
            }
        }
    }

    /// <summary>Sends the open command and waits until the sandbox accepted it (the form closes).</summary>
    public async Task SendCommandAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send command" }).ClickAsync();
        try
        {
            await Expect(Page.Locator("#command-form")).ToBeHiddenAsync(new() { Timeout = 40_000 });
        }
        catch (PlaywrightException)
        {
            var error = await Page.Locator("#command-error").TextContentAsync();
            var notices = string.Join(" | ", await Page.Locator("#messages > li.notice").AllTextContentsAsync());
            Assert.Fail($"The command was not accepted: \"{error}\"; notices: \"{notices}\".");
        }
    }

    /// <summary>The newest visible message that contains <paramref name="text"/>.</summary>
    public ILocator Message(string text) => Messages.Filter(new() { HasText = text }).Last;

    /// <summary>The newest visible message that answers a command ("Robin used /checkin").</summary>
    public ILocator ReplyTo(string path) =>
        Messages.Filter(new() { Has = Page.Locator(".message-context", new() { HasTextRegex = new Regex("used /" + Regex.Escape(path) + "\\b") }) }).Last;

    /// <summary>Turns the Moderator switch on or off for the acting person.</summary>
    public async Task SetModeratorAsync(bool on)
    {
        var toggle = Page.GetByRole(AriaRole.Switch, new() { Name = "Moderator" });
        if (await toggle.IsCheckedAsync() != on)
            await toggle.ClickAsync();
        await Expect(toggle).ToBeCheckedAsync(new() { Checked = on });
        var acting = Page.GetByLabel("Acting as");
        if (on)
            await Expect(acting.Locator("option:checked")).ToHaveTextAsync(ModeratorLabel());
        else
            await Expect(acting.Locator("option:checked")).Not.ToHaveTextAsync(ModeratorLabel());
    }

    /// <summary>Advances the sandbox clock by whole minutes and waits for the page to show it.</summary>
    public async Task AdvanceClockAsync(int minutes)
    {
        var before = await Page.Locator("#clock-now").TextContentAsync();
        await Page.GetByLabel("Minutes to advance").FillAsync(minutes.ToString(CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Advance minutes" }).ClickAsync();
        await Expect(Page.Locator("#clock-now")).Not.ToHaveTextAsync(before ?? "");
    }

    /// <summary>Posts a plain message in the open channel.</summary>
    public async Task SayAsync(string text)
    {
        await Composer.FillAsync(text);
        await Composer.PressAsync("Enter");
        await Expect(Message(text)).ToBeVisibleAsync();
    }

    /// <summary>Saves a screenshot of the page.</summary>
    public async Task ScreenshotAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new() { Path = path });
    }

    [GeneratedRegex("^Message ")]
    private static partial Regex MessageBoxName();

    [GeneratedRegex("\\(moderator\\)$")]
    private static partial Regex ModeratorLabel();
}
