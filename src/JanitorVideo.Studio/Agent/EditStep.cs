using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// One edit of the draft. The sealed subtypes are the whole vocabulary of the studio agent; each
/// has a snake_case <c>type</c> in a plan's JSON (<see cref="EditPlanJson"/>). An image index of
/// null means every image (for <see cref="Animate"/>: the images it puts on the timeline, if any, else every image).
/// </summary>
/// <remarks>The order of the derived types is the order the schema lists them in.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Animate), "animate")]
[JsonDerivedType(typeof(AddParticles), "add_particles")]
[JsonDerivedType(typeof(RemoveParticles), "remove_particles")]
[JsonDerivedType(typeof(SetLook), "set_look")]
[JsonDerivedType(typeof(SetDuration), "set_duration")]
[JsonDerivedType(typeof(SetAspect), "set_aspect")]
[JsonDerivedType(typeof(SetResolution), "set_resolution")]
[JsonDerivedType(typeof(AddText), "add_text")]
[JsonDerivedType(typeof(ChangeText), "change_text")]
[JsonDerivedType(typeof(RemoveText), "remove_text")]
[JsonDerivedType(typeof(SetMusic), "set_music")]
[JsonDerivedType(typeof(SetVolume), "set_volume")]
[JsonDerivedType(typeof(RemoveMusic), "remove_music")]
[JsonDerivedType(typeof(RemoveImage), "remove_image")]
[JsonDerivedType(typeof(Undo), "undo")]
[JsonDerivedType(typeof(Redo), "redo")]
public abstract record EditStep;
