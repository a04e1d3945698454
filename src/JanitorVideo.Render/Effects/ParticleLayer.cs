namespace JanitorVideo.Render.Effects;

/// <summary>Which depth layer to draw: the compositor draws Behind before the subject and Front after it.</summary>
public enum ParticleLayer
{
    /// <summary>Far particles behind the subject: smaller, slower, dimmer, a little blurred.</summary>
    Behind,

    /// <summary>Near particles in front of the subject: larger and faster.</summary>
    Front,
}
