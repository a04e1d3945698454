namespace JanitorVideo.Core.Routing;

/// <summary>The outcome of routing the user's words.</summary>
/// <param name="Action">What the server should do.</param>
/// <param name="Rule">
/// The name of the <see cref="RoutingTable"/> row that decided, for logs and tests;
/// <c>default</c> when no row applied and <c>empty</c> when there were no words.
/// </param>
public sealed record RoutedIntent(SkillAction Action, string Rule);
