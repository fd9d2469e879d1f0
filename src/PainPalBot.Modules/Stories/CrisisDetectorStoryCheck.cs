using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Stories;

/// <summary>The story crisis check backed by the shared <see cref="CrisisDetector"/>.</summary>
public sealed class CrisisDetectorStoryCheck(CrisisDetector detector) : IStoryCrisisCheck
{
    /// <inheritdoc />
    public bool IsCrisis(string text) => detector.Assess(text).IsCrisis;
}
