using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Interactions;

public sealed class BuilderTests
{
    [Fact]
    public void An_embed_is_built_with_its_parts()
    {
        var at = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var embed = new EmbedBuilder()
            .WithTitle("Title").WithDescription("Body").WithColor(0x112233).WithFooter("Foot")
            .WithImageUrl("attachment://chart.png").WithTimestamp(at).AddField("Name", "Value", inline: true)
            .Build();

        Assert.Equal("Title", embed.Title);
        Assert.Equal(0x112233, embed.Color);
        Assert.Equal("Foot", embed.Footer!.Text);
        Assert.Equal("attachment://chart.png", embed.Image!.Url);
        Assert.Equal(at, embed.Timestamp);
        Assert.True(Assert.Single(embed.Fields!).Inline);
        Assert.Equal(new Color(0x11, 0x22, 0x33), new Color(0x112233));
    }

    [Fact]
    public void Embed_limits_are_enforced()
    {
        Assert.Throws<ArgumentException>(() => new EmbedBuilder().WithTitle(new string('a', 257)));
        Assert.Throws<ArgumentException>(() => new EmbedBuilder().WithDescription(new string('a', 4097)));
        Assert.Throws<ArgumentException>(() => new EmbedBuilder().AddField(new string('a', 257), "v"));
        Assert.Throws<ArgumentException>(() => new EmbedBuilder().AddField("n", new string('a', 1025)));
        Assert.Throws<ArgumentException>(() => new EmbedBuilder().WithFooter(new string('a', 2049)));
        var many = new EmbedBuilder();
        for (var i = 0; i < 25; i++)
            many.AddField("n", "v");
        Assert.Throws<InvalidOperationException>(() => many.AddField("n", "v"));
        var big = new EmbedBuilder().WithDescription(new string('a', 4096)).AddField("n", new string('b', 1024)).AddField("n", new string('c', 1024));
        Assert.Throws<InvalidOperationException>(() => big.Build());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Color(0x1000000));
    }

    [Fact]
    public void Buttons_flow_into_rows_and_selects_take_a_row_of_their_own()
    {
        var builder = new ComponentBuilder();
        for (var i = 0; i < 7; i++)
            builder.WithButton($"b{i}", $"id:{i}");
        builder.WithSelectMenu(new SelectMenuBuilder().WithCustomId("pick").AddOption("A", "a"));
        var built = builder.Build();

        Assert.Equal(3, built.Components.Count);
        Assert.Equal(5, built.Components[0].Components!.Length);
        Assert.Equal(2, built.Components[1].Components!.Length);
        Assert.Equal(ComponentType.StringSelect, Assert.Single(built.Components[2].Components!).Type);
        Assert.All(built.Components, r => Assert.Equal(ComponentType.ActionRow, r.Type));
    }

    [Fact]
    public void Component_limits_are_enforced()
    {
        var full = new ComponentBuilder();
        for (var i = 0; i < 25; i++)
            full.WithButton("b", $"id:{i}");
        Assert.Throws<InvalidOperationException>(() => full.WithButton("b", "one-too-many"));
        Assert.Throws<InvalidOperationException>(() => new ComponentBuilder().WithButton("b", new string('x', 101)));
        Assert.Throws<InvalidOperationException>(() => new ComponentBuilder().WithButton("b", ""));
        Assert.Throws<InvalidOperationException>(() => new ButtonBuilder { Label = "l", Url = "https://x", Style = ButtonStyle.Link, CustomId = "c" }.Build());
        var menu = new SelectMenuBuilder().WithCustomId("m");
        for (var i = 0; i < 25; i++)
            menu.AddOption($"o{i}", $"v{i}");
        Assert.Throws<InvalidOperationException>(() => menu.AddOption("o", "v"));
    }

    [Fact]
    public void A_modal_puts_each_text_input_inside_a_label()
    {
        var modal = new ModalBuilder("Note", "note:1").AddTextInput("Your note", "text", TextInputStyle.Paragraph, maxLength: 500, required: false).Build();

        var label = Assert.Single(modal.Components);
        Assert.Equal(ComponentType.Label, label.Type);
        Assert.Equal("Your note", label.Label);
        Assert.Equal(ComponentType.TextInput, label.Child!.Type);
        Assert.Equal(500, label.Child.MaxLength);
        Assert.False(label.Child.Required);
        Assert.Throws<InvalidOperationException>(() => new ModalBuilder(new string('t', 46), "x").AddTextInput("l", "c").Build());
        Assert.Throws<InvalidOperationException>(() => new ModalBuilder("t", "x").Build());
    }
}
