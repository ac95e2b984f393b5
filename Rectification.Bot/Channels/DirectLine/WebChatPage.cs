using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;

using Rectification.Bot.Web;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// GET /: Microsoft's Web Chat (served from /assets, built from WebAssets/) against the bot's own Direct Line
/// endpoint, in the browser's language, cards drawn with Teams' host config.
/// </summary>
internal static class WebChatPage
{
    public const string Path = "/";

    private static readonly JsonSerializerOptions SettingsJson = new(JsonSerializerDefaults.Web)
    {
        // Inside a <script> element: "<" and "&" stay escaped, so no value can close it.
        Encoder = JavaScriptEncoder.Default,
    };

    public static IResult Render(HttpRequest request)
    {
        var texts = PageLanguage.For(request);
        var settings = JsonSerializer.Serialize(new
        {
            tokenUrl = WebChatTokenEndpoint.Path,
            directLineUrl = DirectLineEndpoints.Root,
            hostConfigUrl = "/assets/host-config/microsoft-teams-light.json",
            locale = texts.Locale,
            failure = texts.WebChatFailed,
        }, SettingsJson);
        var title = WebUtility.HtmlEncode(texts.WebTitle);
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{texts.Locale}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{title}}</title>
              <link rel="stylesheet" href="/assets/webchat-page.css">
            </head>
            <body>
              <header><h1>{{title}}</h1><nav><a href="/ledger">{{WebUtility.HtmlEncode(texts.LedgerLink)}}</a><a href="/ledger/charts">{{WebUtility.HtmlEncode(texts.ChartsLink)}}</a></nav></header>
              <main><div id="webchat" role="main"></div></main>
              <script id="webchat-settings" type="application/json">{{settings}}</script>
              <script src="/assets/webchat.js"></script>
              <script src="/assets/webchat-page.js"></script>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
