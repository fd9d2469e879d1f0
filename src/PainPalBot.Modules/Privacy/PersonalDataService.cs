using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace PainPalBot.Modules.Privacy;

/// <summary>
/// <c>/mydata</c>: exports everything every feature stores about a person (JSON, and CSV with one
/// file per section) and deletes all of it. Features take part by registering an
/// <see cref="IPersonalData"/> with <c>AddPersonalData&lt;T&gt;()</c>.
/// </summary>
public sealed partial class PersonalDataService
{
    private readonly IReadOnlyList<IPersonalData> _sections;
    private readonly ILogger<PersonalDataService> _log;

    /// <summary>Creates the service over every registered section.</summary>
    public PersonalDataService(IEnumerable<IPersonalData> sections, ILogger<PersonalDataService> log)
    {
        ArgumentNullException.ThrowIfNull(sections);
        _sections = [.. sections.OrderBy(s => s.Section, StringComparer.Ordinal)];
        _log = log;
        var duplicate = _sections.GroupBy(s => s.Section, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two personal data sections are named '{duplicate.Key}'; each needs its own name.");
    }

    /// <summary>The names of the registered sections.</summary>
    public IReadOnlyList<string> Sections => [.. _sections.Select(s => s.Section)];

    /// <summary>Everything stored about the person as one section, per feature.</summary>
    public IReadOnlyList<PersonalDataSection> Collect(ulong userId) => [.. _sections.Select(s => s.Export(userId))];

    /// <summary>
    /// The export as UTF-8 JSON: one object whose keys are the sections and whose values are arrays
    /// of <c>{column: value}</c> objects.
    /// </summary>
    public byte[] ExportJson(ulong userId)
    {
        var sections = Collect(userId);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var section in sections)
            {
                json.WritePropertyName(section.Name);
                json.WriteStartArray();
                foreach (var row in section.Rows)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < section.Columns.Count; i++)
                    {
                        var value = i < row.Count ? row[i] : null;
                        if (value is null)
                            json.WriteNull(section.Columns[i]);
                        else
                            json.WriteString(section.Columns[i], value);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        var rows = sections.Sum(s => s.Rows.Count);
        LogExport(_log, userId, "JSON", sections.Count, rows);
        return buffer.ToArray();
    }

    /// <summary>The export as CSV (RFC 4180: CRLF lines, quoted where needed), one UTF-8 file per section.</summary>
    public IReadOnlyList<PersonalDataFile> ExportCsv(ulong userId)
    {
        var sections = Collect(userId);
        var files = sections.Select(s => new PersonalDataFile($"{s.Name}.csv", "text/csv", Encoding.UTF8.GetBytes(ToCsv(s)))).ToList();
        var rows = sections.Sum(s => s.Rows.Count);
        LogExport(_log, userId, "CSV", sections.Count, rows);
        return files;
    }

    /// <summary>Deletes everything every feature stores about the person; returns how many records were removed.</summary>
    public int Delete(ulong userId)
    {
        var removed = _sections.Sum(s => s.Delete(userId));
        LogDelete(_log, userId, removed, _sections.Count);
        return removed;
    }

    /// <summary>One section as RFC 4180 CSV with a header row.</summary>
    public static string ToCsv(PersonalDataSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var csv = new StringBuilder();
        AppendRow(csv, section.Columns);
        foreach (var row in section.Rows)
            AppendRow(csv, [.. Enumerable.Range(0, section.Columns.Count).Select(i => i < row.Count ? row[i] : null)]);
        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                csv.Append(',');
            csv.Append(Quote(fields[i]));
        }
        csv.Append("\r\n");
    }

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
            return "";
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field[0] == ' ' || field[^1] == ' '
            ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : field;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported data of {UserId} as {Format}: {SectionCount} sections, {RowCount} rows")]
    private static partial void LogExport(ILogger logger, ulong userId, string format, int sectionCount, int rowCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted data of {UserId}: {RemovedCount} records across {SectionCount} sections")]
    private static partial void LogDelete(ILogger logger, ulong userId, int removedCount, int sectionCount);
}
