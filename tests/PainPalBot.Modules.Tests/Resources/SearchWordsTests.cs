using PainPalBot.Modules.Resources;

namespace PainPalBot.Modules.Tests.Resources;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("Dolor crónico: guía para pacientes", "dolor cronico guia para pacientes")]
    [InlineData("Douleur chronique : l'étape d'après", "douleur chronique letape dapres")]
    [InlineData("Schmerztagebuch für Kinder & Jugendliche", "schmerztagebuch fur kinder jugendliche")]
    [InlineData("Smärtskola i Ørebro", "smartskola orebro")]
    [InlineData("Ægir’s Straße", "aegirs strasse")]
    [InlineData("Bệnh đau mãn tính", "benh dau man tinh")]
    [InlineData("Cafe\u0301 talks", "cafe talks")]
    public void Words_are_lower_case_without_accents_or_common_words(string text, string words)
    {
        Assert.Equal(words.Split(' '), SearchWords.Split(text));
    }
}
