using System.Globalization;
using Microsoft.Playwright;
using PainPalBot.Sandbox.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PainPalBot.Sandbox.Tests;

/// <summary>
/// A newcomer's path through the real bot in sandbox mode, in a real browser: check in, get tomorrow's
/// prompt and answer it, see the chart, find help, and (as a moderator) watch crisis language get a
/// private reply and an alert; then delete everything. Features name their subcommands as they see fit,
/// so each step accepts the likely names and fails naming the command when none is registered.
/// </summary>
public sealed class NewcomerPathTests(BotSandbox sandbox) : IClassFixture<BotSandbox>
{

    [Fact]
    public async Task The_real_host_connects_to_the_sandbox_and_answers_over_the_protocol()
    {
        var steps = await sandbox.OpenAsync();
        await steps.RunCommandAsync("probe echo", ("text", "hello host"));
        await Expect(steps.ReplyTo("probe echo")).ToContainTextAsync("You said hello host x1");
        Assert.Equal(sandbox.Server.Options.StoragePath, sandbox.StoragePath);
    }

    [Fact]
    public async Task Check_in_answers_privately()
    {
        var steps = await sandbox.OpenAsync();
        var path = await CheckInAsync(steps, pain: 4);

        var reply = steps.ReplyTo(path);
        await Expect(reply).ToContainTextAsync("Only you can see this");
        await steps.ActAsAsync(SandboxWorld.SamId);
        await Expect(steps.Messages.Filter(new() { HasText = "used /" + path })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_reminder_brings_a_DM_prompt_when_the_clock_passes_it_and_its_buttons_answer()
    {
        // The prompt (an hour ahead) and the tap on it (two hours ahead) must fall on one local day whatever
        // the real time, or the tap only hears that yesterday's prompt has closed: start the sandbox at 10:00.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var toMorning = TimeSpan.FromHours(10) - TimeZoneInfo.ConvertTime(sandbox.Server.Clock.GetUtcNow(), zone).TimeOfDay;
        sandbox.Server.Clock.Advance(toMorning < TimeSpan.Zero ? toMorning + TimeSpan.FromDays(1) : toMorning);

        var steps = await sandbox.OpenAsync();
        await steps.ActAsAsync(SandboxWorld.SamId);
        var path = await steps.OpenFirstCommandAsync("reminders set");
        var at = TimeZoneInfo.ConvertTime(sandbox.Server.Clock.GetUtcNow(), zone).AddHours(1);
        Assert.True(await steps.FillAnyOptionAsync(at.ToString("HH:mm", CultureInfo.InvariantCulture), "time"), "The reminder command has no time option.");
        Assert.True(await steps.FillAnyOptionAsync("Europe/London", "timezone"), "The reminder command has no timezone option.");
        await steps.FillRequiredDefaultsAsync();
        await steps.SendCommandAsync();
        await Expect(steps.ReplyTo(path)).ToContainTextAsync("Only you can see this");

        await steps.AdvanceClockAsync(120);
        await Expect(steps.Page.Locator("#dm-list button")).ToContainTextAsync("new", new() { Timeout = 60_000 });
        await steps.OpenDmAsync();
        var prompt = steps.Messages.Filter(new() { Has = steps.Page.Locator("button.button:not([disabled])") }).Last;
        await Expect(prompt).ToBeVisibleAsync();
        var promptId = await prompt.GetAttributeAsync("id");
        var before = await steps.Page.Locator("#" + promptId).InnerTextAsync();
        var count = await steps.Messages.CountAsync();

        await steps.Page.Locator("#" + promptId).Locator("button.button:not([disabled])").First.ClickAsync();
        // Answered when the prompt changes in place or the bot says something new.
        await steps.Page.WaitForFunctionAsync(
            "([id, before, count]) => { const m = document.getElementById(id); return !m || m.innerText !== before || document.querySelectorAll('#messages > li.message').length > count; }",
            new object[] { promptId!, before, count });
    }

    [Fact]
    public async Task History_shows_the_chart_inline()
    {
        var steps = await sandbox.OpenAsync();
        await CheckInAsync(steps, pain: 5);
        var path = await steps.OpenFirstCommandAsync("history");
        await steps.FillRequiredDefaultsAsync();
        await steps.SendCommandAsync();

        var chart = steps.ReplyTo(path).Locator("img").First;
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/sandbox/attachments/"));
        await steps.Page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await chart.ElementHandleAsync());
        await steps.Page.SetViewportSizeAsync(1280, 960);
        await chart.ScrollIntoViewIfNeededAsync();
        await steps.ScreenshotAsync(RepositoryPaths.Screenshot);
        Assert.True(new FileInfo(RepositoryPaths.Screenshot).Length > 10_000, "the screenshot should show the page");
    }

    [Fact]
    public async Task Crisis_shows_where_to_get_help_now()
    {
        var steps = await sandbox.OpenAsync();
        var path = await steps.OpenFirstCommandAsync("crisis");
        await steps.FillRequiredDefaultsAsync();
        await steps.SendCommandAsync();

        var reply = steps.ReplyTo(path);
        await Expect(reply).ToBeVisibleAsync();
        await Expect(reply.Locator(".message-body, .embed")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task With_crisis_watch_on_crisis_language_gets_a_private_DM_and_the_moderators_an_alert()
    {
        var steps = await sandbox.OpenAsync();
        await steps.SetModeratorAsync(true);
        var path = await steps.OpenFirstCommandAsync("config set");
        var moderators = SandboxWorld.ModeratorsChannelId.ToString(CultureInfo.InvariantCulture);
        Assert.True(await steps.FillAnyOptionAsync(moderators, "moderator_channel"), "No option for the moderators' channel.");
        Assert.True(await steps.FillAnyOptionAsync("true", "crisis_watch"), "No option to turn crisis watch on.");
        Assert.True(await steps.FillAnyOptionAsync("immediate", "crisis_dm"), "No option for when the support DM goes out.");
        await steps.FillRequiredDefaultsAsync();
        await steps.SendCommandAsync();
        await Expect(steps.ReplyTo(path)).ToBeVisibleAsync();

        await steps.ActAsAsync(SandboxWorld.SamId);
        await steps.SayAsync("I want to end my life tonight");
        await Expect(steps.Page.Locator("#dm-list button")).ToContainTextAsync("new");
        await steps.OpenDmAsync();
        await Expect(steps.Page.Locator("#messages > li.message.from-bot").Last).ToBeVisibleAsync();

        await steps.ActAsAsync(SandboxWorld.RobinId);
        await steps.OpenChannelAsync("moderators");
        await Expect(steps.Page.Locator("#messages > li.message.from-bot").Last).ToBeVisibleAsync();
        await steps.SetModeratorAsync(false);
    }

    [Fact]
    public async Task Ask_mods_to_check_in_on_a_message_answers_privately_and_alerts_the_moderators_without_the_text()
    {
        var steps = await sandbox.OpenAsync();
        await steps.SetModeratorAsync(true);
        var path = await steps.OpenFirstCommandAsync("config set");
        var moderators = SandboxWorld.ModeratorsChannelId.ToString(CultureInfo.InvariantCulture);
        Assert.True(await steps.FillAnyOptionAsync(moderators, "moderator_channel"), "No option for the moderators' channel.");
        await steps.FillRequiredDefaultsAsync();
        await steps.SendCommandAsync();
        await Expect(steps.ReplyTo(path)).ToBeVisibleAsync();
        await steps.SetModeratorAsync(false);

        await steps.ActAsAsync(SandboxWorld.AlexId);
        await steps.SayAsync("Quiet week, not sure I can keep doing this");
        await steps.ActAsAsync(SandboxWorld.RobinId);
        var said = steps.Message("Quiet week, not sure I can keep doing this");
        await said.Locator("details.message-apps summary").ClickAsync();
        await said.GetByRole(AriaRole.Button, new() { Name = "Ask mods to check in" }).ClickAsync();

        var reply = steps.Messages.Filter(new() { Has = steps.Page.Locator(".message-context", new() { HasText = "Robin used Ask mods to check in" }) }).Last;
        await Expect(reply).ToContainTextAsync("Only you can see this");
        await Expect(reply).ToContainTextAsync("They won't be told who asked.");

        await steps.OpenChannelAsync("moderators");
        var alert = steps.Message("Check-in request");
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert).Not.ToContainTextAsync("not sure I can keep doing this");
        await Expect(alert.GetByRole(AriaRole.Button, new() { Name = "I'm on it" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Mydata_delete_removes_everything_after_asking()
    {
        var steps = await sandbox.OpenAsync();
        await steps.ActAsAsync(SandboxWorld.AlexId);
        await CheckInAsync(steps, pain: 3);
        var path = await steps.OpenFirstCommandAsync("mydata delete");
        await steps.FillRequiredDefaultsAsync();
        await steps.SendCommandAsync();

        var reply = steps.ReplyTo(path);
        await Expect(reply).ToContainTextAsync("Only you can see this");
        var confirm = reply.Locator("button.button.danger:not([disabled])");
        if (await confirm.CountAsync() > 0)
        {
            var replyId = await reply.GetAttributeAsync("id");
            var before = await reply.InnerTextAsync();
            var count = await steps.Messages.CountAsync();
            await confirm.First.ClickAsync();
            await steps.Page.WaitForFunctionAsync(
                "([id, before, count]) => { const m = document.getElementById(id); return !m || m.innerText !== before || document.querySelectorAll('#messages > li.message').length > count; }",
                new object[] { replyId!, before, count });
        }
    }

    private static async Task<string> CheckInAsync(SandboxSteps steps, int pain)
    {
        var path = await steps.OpenFirstCommandAsync("checkin");
        Assert.True(await steps.FillAnyOptionAsync(pain.ToString(CultureInfo.InvariantCulture), "pain"), "The check-in command has no pain option.");
        await steps.FillRequiredDefaultsAsync();
        await steps.SendCommandAsync();
        await Expect(steps.ReplyTo(path)).ToBeVisibleAsync();
        return path;
    }
}
