namespace JanitorVideo.Core.Translation;

/// <summary>What the server does in place of a GUI instruction the agent gave.</summary>
public enum FollowUpKind
{
    /// <summary>Carry out the clicked button's action through the API.</summary>
    PerformAction,

    /// <summary>Read the session state and show it (the agent said to open a panel or page).</summary>
    ShowState,

    /// <summary>Send the instruction back to the agent as an edit message (drag and drop).</summary>
    SendEdit,

    /// <summary>Show the timeline summary (the agent said to preview in the timeline).</summary>
    ShowTimeline,

    /// <summary>Run the export (the agent said to click Export or Download).</summary>
    Export,

    /// <summary>Show the credit balance (the agent said to check the account or billing).</summary>
    ShowCredits,
}
