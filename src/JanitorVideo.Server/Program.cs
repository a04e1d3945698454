using JanitorVideo.Studio.Machine;
using JanitorVideo.Server.Cli;

// Before any picture is allocated: large native blocks are given back when freed.
StudioPrerequisites.PrepareProcess();

// The one place that hands stdout to anything: animate prints the MP4's path there. The MCP verbs
// ignore it (in stdio mode stdout carries only the protocol, written by the SDK's transport).
return await JanitorCommandLine.Build(Console.Out, Console.Error).Parse(args).InvokeAsync();
