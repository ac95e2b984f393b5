using Rectification.Bot.Administration;
using Rectification.Bot.Api;
using Rectification.Bot.Channels.BotFramework.Adapter;
using Rectification.Bot.Channels.Console;
using Rectification.Bot.Channels.DirectLine;
using Rectification.Bot.Channels.Telegram;
using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.People;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Conversation.Welcome;
using Rectification.Bot.Hosting;
using Rectification.Bot.Hosting.Commands;
using Rectification.Bot.Hosting.Health;
using Rectification.Bot.Hosting.Storage;
using Rectification.Bot.Scheduling;
using Rectification.Bot.Security;
using Rectification.Bot.Security.RateLimiting;
using Rectification.Bot.Security.WebSignIn;
using Rectification.Bot.Supervision;
using Rectification.Bot.Web;

var builder = WebApplication.CreateBuilder(args);
builder.UseRepositoryConfiguration();
builder.AddListenAddresses();
builder.LogToStandardError();
builder.AddSecurityMode();
builder.AddWebSignIn();
builder.AddRateLimits();
builder.AddStorage();
builder.AddAdministration();
builder.AddFindingsApi();
builder.AddConversation();
builder.AddWelcome();
builder.AddReporting();
builder.AddPeopleConversation();
builder.AddBotFrameworkChannel();
builder.AddTelegramChannel();
builder.AddConsoleChannel();
builder.AddDirectLineChannel();
builder.AddWebPages();
builder.AddScheduling();
builder.AddSupervision();
builder.AddStartupBanner();
builder.AddHealth();

var app = builder.Build();
app.UseRateLimits();
app.UseWebSignIn();
app.MapBotFrameworkEndpoint();
app.MapTelegramEndpoint();
app.MapDirectLineEndpoint();
app.MapWebPages();
app.MapFindingsApi();
app.MapHealth();

return await app.RunCommandOrServeAsync(args);

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
