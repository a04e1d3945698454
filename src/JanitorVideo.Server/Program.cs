using JanitorVideo.Server.Cli;

return await JanitorCommandLine.Build().Parse(args).InvokeAsync();
