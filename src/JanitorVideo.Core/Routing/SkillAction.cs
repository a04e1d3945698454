namespace JanitorVideo.Core.Routing;

/// <summary>What the server does with the user's words.</summary>
public enum SkillAction
{
    /// <summary>Send the words to the backend's chat agent (generate, edit, anything else).</summary>
    Message,

    /// <summary>Render the timeline and deliver the MP4.</summary>
    Export,

    /// <summary>Show the credit balance.</summary>
    Credits,

    /// <summary>Read the session state and show the timeline summary.</summary>
    State,

    /// <summary>Upload the user's file.</summary>
    Upload,
}
