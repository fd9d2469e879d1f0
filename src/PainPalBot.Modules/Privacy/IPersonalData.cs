namespace PainPalBot.Modules.Privacy;

/// <summary>
/// What one feature stores about a person. Every feature that keeps anything tied to a user id
/// registers one (<c>services.AddPersonalData&lt;T&gt;()</c>), so <c>/mydata export</c> and
/// <c>/mydata delete</c> cannot forget it.
/// </summary>
public interface IPersonalData
{
    /// <summary>A short, stable name for the section, e.g. <c>check_ins</c>; used as the JSON key and CSV file name.</summary>
    string Section { get; }

    /// <summary>Everything stored about the person, as rows of named columns.</summary>
    PersonalDataSection Export(ulong userId);

    /// <summary>Deletes everything stored about the person; returns how many records were removed.</summary>
    int Delete(ulong userId);
}
