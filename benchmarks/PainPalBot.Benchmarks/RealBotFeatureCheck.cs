using System.Globalization;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Benchmarks;

/// <summary>
/// After the bursts, one person's path through the features the bursts do not touch: /checkin (a LiteDB write),
/// /history (the ScottPlot/SkiaSharp chart), /reminders set (an IANA time zone), /mydata export (every store read)
/// and /mydata delete (every store's DeleteMany); then a moderator's /config set and /config prompt add, read back
/// with /config show and /config prompt list (arrays of ulong and DayOfWeek in LiteDB documents). It proves a build of the bot (Native AOT in particular) really
/// works, not only that it answers.
/// </summary>
internal static class RealBotFeatureCheck
{
    private const ulong UserId = 6_000_000_000_000_000_001;
    private const ulong ModeratorId = 6_000_000_000_000_000_002;
    private const ulong WatchedChannelId = 6_000_000_000_000_000_101;
    private const string Note = "feature-check note";
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Runs the path; prints one line per step and returns whether all of them did what they should.</summary>
    public static async Task<bool> RunAsync(FakeDiscord.FakeDiscord discord)
    {
        discord.InteractionReplyTimeout = TimeSpan.FromSeconds(30);
        var wait = TimeSpan.FromSeconds(30);
        var ok = true;
        void Step(string name, bool passed, string detail)
        {
            ok &= passed;
            Console.WriteLine($"    {(passed ? "ok  " : "FAIL")} {name}: {detail}");
        }

        var checkIn = await discord.SlashAsync("checkin", UserId, ("pain", 4), ("mood", 3), ("note", Note));
        var saved = await checkIn.WaitForContentAsync(wait);
        Step("/checkin (LiteDB insert)", saved.Contains("Saved: pain 4/10, mood 3/5", StringComparison.Ordinal), Shorten(saved));

        var edit = await discord.SlashAsync("checkin-edit", UserId, ("energy", 2));
        var edited = await edit.WaitForContentAsync(wait);
        Step("/checkin-edit (LiteDB query + update)", edited.Contains("energy 2/5", StringComparison.Ordinal), Shorten(edited));

        var history = await discord.SlashAsync("history", UserId, ("days", 7));
        var summary = await history.WaitForContentAsync(wait);
        var chart = discord.Requests.LastOrDefault(r => r.Path.Contains(history.Interaction.Token, StringComparison.Ordinal) && r.Files.Count > 0)?.Files[0];
        Step("/history (ScottPlot + SkiaSharp PNG)",
            chart is not null && chart.Content.AsSpan().StartsWith(PngSignature) && chart.Content.Length > 5_000,
            chart is null ? "no chart uploaded; " + Shorten(summary) : string.Create(CultureInfo.InvariantCulture, $"{chart.FileName}, {chart.Content.Length} bytes; {Shorten(summary)}"));

        var reminders = await discord.SlashAsync("reminders set", UserId, ("time", "19:00"), ("timezone", "Europe/London"));
        var set = await reminders.WaitForContentAsync(wait);
        Step("/reminders set (IANA zone, next prompt)", set.Contains("19:00", StringComparison.Ordinal) && set.Contains("Europe/London", StringComparison.Ordinal), Shorten(set));

        var export = await discord.SlashAsync("mydata export", UserId);
        var exported = await export.WaitForContentAsync(wait);
        var dm = discord.Requests.LastOrDefault(r => r.Files.Any(f => f.FileName == "painpal-data.json"));
        var json = dm?.Files.First(f => f.FileName == "painpal-data.json").Text ?? "";
        Step("/mydata export (every store read, JSON + CSV by DM)",
            json.Contains(Note, StringComparison.Ordinal) && json.Contains("Europe/London", StringComparison.Ordinal),
            string.Create(CultureInfo.InvariantCulture, $"{dm?.Files.Count ?? 0} files, JSON {json.Length} chars; {Shorten(exported)}"));

        var delete = await discord.SlashAsync("mydata delete", UserId);
        var confirm = await discord.ClickAsync(delete.CustomIds.First(id => id.StartsWith("mydata:delete:", StringComparison.Ordinal)), UserId);
        var deleted = confirm.Content ?? (await confirm.WaitForContentAsync(wait));
        Step("/mydata delete (every store's DeleteMany)", deleted.StartsWith("Done. I deleted", StringComparison.Ordinal), Shorten(deleted));

        var moderator = new FakeInteractionUser(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild };
        var guildId = discord.Options.GuildId;
        var alerts = new Channel { Id = FakeDiscord.FakeDiscord.DefaultChannelId, Type = 0, GuildId = guildId, Name = "general" };
        var watched = new Channel { Id = WatchedChannelId, Type = 0, GuildId = guildId, Name = "support" };
        var config = await discord.SlashAsync("config set", moderator, ("moderator_channel", alerts), ("time_zone", "Europe/Berlin"),
            ("crisis_watch", true), ("watch_add", watched), ("community_prompts", true));
        var show = await discord.SlashAsync("config show", moderator);
        var shown = show.Content ?? "";
        Step("/config set + show (ulong[] in a LiteDB document)", shown.Contains($"<#{WatchedChannelId}>", StringComparison.Ordinal) && shown.Contains("Europe/Berlin", StringComparison.Ordinal),
            Shorten(config.Content ?? "") + " | " + Shorten(shown.Replace('\n', ' ')));
        var prompt = await discord.SlashAsync("config prompt add", moderator, ("channel", watched), ("text", "Weekly wins thread"), ("time", "09:15"), ("days", "mon, fri"));
        var list = await discord.SlashAsync("config prompt list", moderator);
        var listed = list.Content ?? "";
        Step("/config prompt add + list (DayOfWeek[] in a LiteDB document)", listed.Contains("Weekly wins thread", StringComparison.Ordinal) && listed.Contains("Fri", StringComparison.OrdinalIgnoreCase),
            Shorten(prompt.Content ?? "") + " | " + Shorten(listed.Replace('\n', ' ')));
        return ok;
    }

    private static string Shorten(string text) => text.Length <= 110 ? text : text[..110] + "…";
}
