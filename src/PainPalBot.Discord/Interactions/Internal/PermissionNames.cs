using System.Text;

namespace PainPalBot.Discord.Interactions;

/// <summary>Readable names of permission flags, as Discord's client shows them.</summary>
internal static class PermissionNames
{
    public static string Describe(GuildPermission permission)
    {
        var sb = new StringBuilder();
        foreach (var flag in Enum.GetValues<GuildPermission>())
        {
            if (flag == GuildPermission.None || (permission & flag) != flag)
                continue;
            if (sb.Length > 0)
                sb.Append(" and ");
            sb.Append(Spaced(flag.ToString()));
        }
        return sb.Length == 0 ? "required" : sb.ToString();
    }

    private static string Spaced(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                sb.Append(' ');
            sb.Append(name[i]);
        }
        return sb.ToString();
    }
}
