using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>Builds a message's components: up to 5 rows of up to 5 buttons, or one select per row.</summary>
public sealed class ComponentBuilder
{
    private readonly List<ActionRowBuilder> _rows = [];

    /// <summary>The rows so far.</summary>
    public IReadOnlyList<ActionRowBuilder> ActionRows => _rows;

    /// <summary>Adds a button to <paramref name="row"/>, or the next row with room when it is full.</summary>
    public ComponentBuilder WithButton(string? label = null, string? customId = null, ButtonStyle style = ButtonStyle.Primary, Emoji? emote = null, string? url = null, bool disabled = false, int row = 0)
    {
        var button = new ButtonBuilder { Label = label, CustomId = customId, Style = url is not null ? ButtonStyle.Link : style, Emote = emote, Url = url, IsDisabled = disabled };
        return WithButton(button, row);
    }

    /// <summary>Adds a button to <paramref name="row"/>, or the next row with room when it is full.</summary>
    public ComponentBuilder WithButton(ButtonBuilder button, int row = 0)
    {
        ArgumentNullException.ThrowIfNull(button);
        for (var r = row; r < ComponentLimits.MaxActionRows; r++)
        {
            var target = Row(r);
            if (target.CanTakeButton)
            {
                target.WithButton(button);
                return this;
            }
        }
        throw new InvalidOperationException("A message holds at most 5 action rows of 5 buttons.");
    }

    /// <summary>Adds a select in <paramref name="row"/>, or the next empty row.</summary>
    public ComponentBuilder WithSelectMenu(SelectMenuBuilder menu, int row = 0)
    {
        ArgumentNullException.ThrowIfNull(menu);
        for (var r = row; r < ComponentLimits.MaxActionRows; r++)
        {
            var target = Row(r);
            if (target.IsEmpty)
            {
                target.WithSelectMenu(menu);
                return this;
            }
        }
        throw new InvalidOperationException("A message holds at most 5 action rows, and a select needs a row of its own.");
    }

    /// <summary>Adds a whole row.</summary>
    public ComponentBuilder AddRow(ActionRowBuilder row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_rows.Count >= ComponentLimits.MaxActionRows)
            throw new InvalidOperationException("A message holds at most 5 action rows.");
        _rows.Add(row);
        return this;
    }

    /// <summary>Builds the components, leaving out empty rows.</summary>
    public MessageComponent Build() => new([.. _rows.Where(r => !r.IsEmpty).Select(r => r.Build())]);

    private ActionRowBuilder Row(int index)
    {
        if (index is < 0 or >= ComponentLimits.MaxActionRows)
            throw new ArgumentOutOfRangeException(nameof(index), "Rows are numbered 0–4.");
        while (_rows.Count <= index)
            _rows.Add(new ActionRowBuilder());
        return _rows[index];
    }
}
