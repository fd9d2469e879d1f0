using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Tests.Crisis;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("Österreich", "osterreich")]
    [InlineData("O\u0308sterreich", "osterreich")]
    [InlineData("Curaçao", "curacao")]
    [InlineData("Réunion", "reunion")]
    [InlineData("São Tomé", "saotome")]
    [InlineData("Côte d’Ivoire", "cotedivoire")]
    [InlineData("Việt Nam", "vietnam")]
    [InlineData("Ελλάδα", "ελλαδα")]
    [InlineData("Føroyar", "foroyar")]
    [InlineData("Straße", "strasse")]
    [InlineData("STRAẞE", "strasse")]
    [InlineData("U.K.", "uk")]
    [InlineData("9-8-8", "988")]
    public void Names_fold_to_lower_case_letters_and_digits_without_accents(string typed, string key)
    {
        Assert.Equal(key, TextKey.Fold(typed));
    }

    [Theory]
    [InlineData("Suede", "SE")]
    [InlineData("norvege", "NO")]
    [InlineData("Bresil", "BR")]
    [InlineData("Republica Argentina", "AR")]
    [InlineData("Ελλαδα", "GR")]
    [InlineData("ΕΛΛΑΔΑ", "GR")]
    public void Country_names_listed_with_accents_are_found_typed_without_them(string typed, string code)
    {
        var directory = HelplineDirectory.Load(TestData.HelplinesPath);

        Assert.Equal(code, directory.Find(typed)?.Code);
    }
}
