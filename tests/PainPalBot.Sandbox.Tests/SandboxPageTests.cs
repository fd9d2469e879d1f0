using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PainPalBot.Sandbox.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PainPalBot.Sandbox.Tests;

/// <summary>
/// The page against a small probe bot on the real protocol: every way a bot answers is drawn as Discord
/// draws it, and every control works by keyboard and label. Independent of the features.
/// </summary>
public sealed class SandboxPageTests(ProbeSandbox sandbox) : IClassFixture<ProbeSandbox>
{
    [Fact]
    public async Task Slash_lists_commands_by_keyboard_and_an_ephemeral_reply_shows_only_to_its_invoker()
    {
        var steps = await sandbox.OpenAsync();
        var page = steps.Page;

        await steps.Composer.FillAsync("/probe ec");
        await Expect(page.GetByRole(AriaRole.Listbox, new() { Name = "Commands" }).GetByRole(AriaRole.Option)).ToHaveTextAsync([new Regex("^/probe echo")]);
        await steps.Composer.PressAsync("Enter");
        await Expect(page.Locator("#command-form-title")).ToHaveTextAsync("/probe echo");
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "text (required)", Exact = true })).ToBeFocusedAsync();
        await Expect(page.Locator("#option-times-hint")).ToContainTextAsync("from 1 to 3");
        await page.Keyboard.TypeAsync("hello keyboard");
        await steps.SendCommandAsync();

        var reply = steps.ReplyTo("probe echo");
        await Expect(reply).ToContainTextAsync("Only you can see this");
        await Expect(reply.Locator(".message-context")).ToHaveTextAsync("Robin used /probe echo");
        await Expect(reply.Locator("strong")).ToHaveTextAsync("hello keyboard");
        await Expect(reply.Locator(".mention")).ToHaveTextAsync("@Robin");
        var spoiler = reply.GetByRole(AriaRole.Button, new() { Name = "Spoiler, press to reveal" });
        await Expect(spoiler.Locator(".spoiler-text")).ToBeHiddenAsync();
        await spoiler.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(reply.Locator(".spoiler.revealed .spoiler-text")).ToBeVisibleAsync();

        await steps.ActAsAsync(SandboxWorld.SamId);
        await Expect(steps.Messages.Filter(new() { HasText = "hello keyboard" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_sandbox_rechecks_limits_the_form_only_hints_at()
    {
        var steps = await sandbox.OpenAsync();
        await steps.OpenCommandAsync("probe echo");
        await steps.FillOptionAsync("text", "too many");
        await steps.FillOptionAsync("times", "5");
        await steps.Page.GetByRole(AriaRole.Button, new() { Name = "Send command" }).ClickAsync();

        await Expect(steps.Page.Locator("#command-error")).ToHaveTextAsync("times must be between 1 and 3.");
        await Expect(steps.Page.Locator("#command-form")).ToBeVisibleAsync();

        await steps.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await steps.OpenCommandAsync("probe echo");
        await steps.Page.GetByRole(AriaRole.Button, new() { Name = "Send command" }).ClickAsync();
        await Expect(steps.Page.Locator("#command-error")).ToHaveTextAsync("text is required.");
        await Expect(steps.Page.GetByRole(AriaRole.Textbox, new() { Name = "text (required)", Exact = true })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Buttons_are_drawn_with_their_state_and_a_click_updates_the_message()
    {
        var steps = await sandbox.OpenAsync();
        await steps.RunCommandAsync("probe buttons");

        var message = steps.ReplyTo("probe buttons");
        await Expect(message).Not.ToContainTextAsync("Only you can see this");
        await Expect(message.GetByRole(AriaRole.Button, new() { Name = "Off" })).ToBeDisabledAsync();
        await message.GetByRole(AriaRole.Button, new() { Name = "Good" }).ClickAsync();

        await Expect(message).ToContainTextAsync("You picked good.");
        await Expect(message.GetByRole(AriaRole.Button, new() { Name = "Good" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_modal_opens_as_a_dialog_with_focus_inside_checks_required_input_and_submits()
    {
        var steps = await sandbox.OpenAsync();
        var page = steps.Page;
        await steps.RunCommandAsync("probe form");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tell us your name" });
        await Expect(dialog).ToBeVisibleAsync();
        var name = dialog.GetByLabel("Your name");
        await Expect(name).ToBeFocusedAsync();
        await Expect(dialog).ToContainTextAsync("What should we call you?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your name");

        await name.FillAsync("Robin");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(steps.Message("Thanks, Robin.")).ToContainTextAsync("Only you can see this");
        await Expect(steps.Composer).ToBeFocusedAsync();
    }

    [Fact]
    public async Task An_uploaded_chart_shows_inline_in_its_embed()
    {
        var steps = await sandbox.OpenAsync();
        await steps.RunCommandAsync("probe chart");

        var reply = steps.ReplyTo("probe chart");
        await Expect(reply.GetByRole(AriaRole.Heading, new() { Name = "Your chart" })).ToBeVisibleAsync();
        var chart = reply.GetByRole(AriaRole.Img, new() { Name = "A tiny chart" });
        await Expect(chart).ToHaveAttributeAsync("src", new Regex("^/sandbox/attachments/\\d+/chart\\.png$"));
        await Expect(chart).ToHaveJSPropertyAsync("naturalWidth", 2);
        await Expect(reply.Locator("figure.attachment")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_deferred_reply_shows_thinking_until_its_followup_takes_its_place()
    {
        var steps = await sandbox.OpenAsync();
        await steps.RunCommandAsync("probe slow");

        await Expect(steps.Message("Done thinking.")).ToContainTextAsync("Only you can see this");
        await Expect(steps.Page.Locator(".thinking")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Autocomplete_suggests_as_you_type_and_sends_the_choice_value()
    {
        var steps = await sandbox.OpenAsync();
        var page = steps.Page;
        await steps.OpenCommandAsync("probe fruit");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "fruit" }).FillAsync("ap");

        var suggestions = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions for fruit" }).GetByRole(AriaRole.Option);
        await Expect(suggestions).ToHaveTextAsync(["APPLE", "APRICOT"]);
        await suggestions.Filter(new() { HasText = "APRICOT" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "fruit" })).ToHaveValueAsync("APRICOT");
        await steps.SendCommandAsync();

        await Expect(steps.ReplyTo("probe fruit")).ToContainTextAsync("Fruit: apricot");
    }

    [Fact]
    public async Task A_DM_from_the_bot_marks_the_DM_unread_and_its_button_works_there()
    {
        var steps = await sandbox.OpenAsync();
        var page = steps.Page;
        await steps.RunCommandAsync("probe dm");
        await Expect(steps.ReplyTo("probe dm")).ToContainTextAsync("Check your DMs.");

        var dm = page.Locator("#dm-list button");
        await Expect(dm).ToContainTextAsync("new");
        await Expect(page.Locator("#live")).ToContainTextAsync("New message from PainPalBot");
        await steps.OpenDmAsync();
        // The message is found by id: its text changes when the button is pressed.
        var helloId = await steps.Message("Hello from your DMs.").GetAttributeAsync("id");
        var hello = page.Locator("#" + helloId);
        await hello.GetByRole(AriaRole.Button, new() { Name = "Thanks" }).ClickAsync();
        await Expect(hello).ToContainTextAsync("You picked thanks.");
        await Expect(dm).Not.ToContainTextAsync("new");
    }

    [Fact]
    public async Task The_moderator_switch_adds_Manage_Server_and_shows_moderator_commands()
    {
        var steps = await sandbox.OpenAsync();
        var page = steps.Page;
        await steps.ActAsAsync(SandboxWorld.SamId);
        await steps.Composer.FillAsync("/probe");
        await Expect(page.Locator("#command-suggestions [data-path='probe echo']")).ToBeVisibleAsync();
        await Expect(page.Locator("#command-suggestions [data-path='probe-mod']")).ToHaveCountAsync(0);
        await steps.Composer.FillAsync("");

        await steps.SetModeratorAsync(true);
        await steps.RunCommandAsync("probe-mod");
        await Expect(steps.ReplyTo("probe-mod")).ToContainTextAsync("Hello, moderator.");
        await steps.SetModeratorAsync(false);
    }

    [Fact]
    public async Task A_message_posts_in_the_channel_and_the_clock_moves_forward()
    {
        var steps = await sandbox.OpenAsync();
        await steps.SayAsync("Hello everyone, I'm new here");
        await Expect(steps.Message("Hello everyone, I'm new here").Locator(".author")).ToHaveTextAsync("Robin");

        var before = sandbox.Server.Clock.GetUtcNow();
        await steps.Page.GetByRole(AriaRole.Button, new() { Name = "+1 day" }).ClickAsync();
        await Expect(steps.Page.Locator("#live")).ToContainTextAsync("Sandbox clock is now");
        Assert.True(sandbox.Server.Clock.GetUtcNow() - before >= TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task A_message_s_Apps_menu_runs_a_message_command_on_it_and_the_answer_shows_only_to_its_invoker()
    {
        var steps = await sandbox.OpenAsync();
        await steps.ActAsAsync(SandboxWorld.SamId);
        await steps.SayAsync("Twelve chars");
        await steps.ActAsAsync(SandboxWorld.RobinId);

        var said = steps.Message("Twelve chars");
        var apps = said.Locator("details.message-apps");
        await apps.Locator("summary").ClickAsync();
        await apps.GetByRole(AriaRole.Button, new() { Name = "Probe quote" }).ClickAsync();

        var reply = steps.Messages.Filter(new() { Has = steps.Page.Locator(".message-context", new() { HasText = "Robin used Probe quote" }) }).Last;
        await Expect(reply).ToContainTextAsync("That was Sam's message of 12 characters");
        await Expect(reply).ToContainTextAsync("Only you can see this");
        await Expect(reply.Locator("details.message-apps")).ToHaveCountAsync(0);
        var messageId = await said.GetAttributeAsync("data-message-id");
        await Expect(reply).ToContainTextAsync($"(id {messageId})");

        await steps.ActAsAsync(SandboxWorld.SamId);
        await Expect(steps.Messages.Filter(new() { HasText = "That was Sam's message" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task On_a_phone_width_everything_fits_without_sideways_scrolling()
    {
        var steps = await sandbox.OpenAsync(new ViewportSize { Width = 390, Height = 844 });
        await Expect(steps.Composer).ToBeInViewportAsync();
        var overflow = await steps.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
    }

    [Fact]
    public async Task The_page_works_offline_every_request_stays_on_the_sandbox()
    {
        var requested = new List<string>();
        sandbox.Browser.Context.Request += (_, request) => requested.Add(request.Url);
        var steps = await sandbox.OpenAsync();
        await steps.RunCommandAsync("probe chart");
        await Expect(steps.ReplyTo("probe chart").GetByRole(AriaRole.Img)).ToHaveJSPropertyAsync("complete", true);

        Assert.NotEmpty(requested);
        Assert.All(requested, url => Assert.StartsWith(sandbox.Server.PageUrl.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_whose_name_resolves_to_this_computer_can_neither_load_nor_read_the_sandbox()
    {
        // DNS rebinding: the hostile page is same-origin with its own name, which now resolves to 127.0.0.1.
        var hostile = await sandbox.Browser.Context.NewPageAsync();
        var page = await hostile.GotoAsync($"http://{SandboxBrowser.RebindingHost}:{sandbox.Server.PageUrl.Port}/");
        Assert.Equal(421, page!.Status);
        var state = await hostile.EvaluateAsync<int>("() => fetch('/sandbox/api/state').then(r => r.status)");
        Assert.Equal(421, state);
        var command = await hostile.EvaluateAsync<int>(
            "() => fetch('/sandbox/api/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{\"advanceMinutes\":60}' }).then(r => r.status)");
        Assert.Equal(421, command);
        await hostile.CloseAsync();

        // The sandbox's own address in the same browser still works.
        var steps = await sandbox.OpenAsync();
        await steps.RunCommandAsync("probe echo", ("text", "still here"));
        await Expect(steps.ReplyTo("probe echo")).ToContainTextAsync("still here");
    }

    [Fact]
    public async Task Opened_without_this_run_s_key_the_page_says_where_to_find_it()
    {
        await sandbox.Browser.Context.ClearCookiesAsync();
        var page = await sandbox.Browser.Context.NewPageAsync();
        await page.GotoAsync(sandbox.Server.PageUrl.AbsoluteUri);

        await Expect(page.Locator("#messages li.notice")).ToContainTextAsync("?key=");
        await Expect(page.Locator("body[data-ready='true']")).ToHaveCountAsync(0);
        await page.CloseAsync();

        // The printed address opens it again (and later tests get their cookie back).
        var steps = await sandbox.OpenAsync();
        await Expect(steps.Page.Locator("#guild-name")).ToHaveTextAsync("PainPal Sandbox");
    }
}
