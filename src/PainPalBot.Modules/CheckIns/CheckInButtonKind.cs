namespace PainPalBot.Modules.CheckIns;

/// <summary>The steps of the one-tap check-in flow.</summary>
public enum CheckInButtonKind
{
    /// <summary>A pain score on the day's prompt: <c>ci:pain:yyyyMMdd:score</c>.</summary>
    Pain,

    /// <summary>A mood score on a started check-in: <c>ci:mood:id:score</c>.</summary>
    Mood,

    /// <summary>"Add a note", which opens the note modal: <c>ci:note:id</c>.</summary>
    AddNote,

    /// <summary>"Done": <c>ci:done:id</c>.</summary>
    Done,

    /// <summary>The note modal's submit: <c>ci:notemodal:id</c>.</summary>
    NoteModal,
}
