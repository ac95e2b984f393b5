using System.Net;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Web;

/// <summary>The frame every ledger page shares: language, title, navigation, the read-only note, the style sheet.</summary>
internal static class WebLayout
{
    public const string LedgerPath = "/ledger";

    public const string ChartsPath = "/ledger/charts";

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static IResult Page(Texts texts, string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{texts.Locale}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{Encode(title)}} · {{Encode(texts.WebTitle)}}</title>
              <link rel="stylesheet" href="/assets/ledger.css">
            </head>
            <body>
              <header>
                <strong>{{Encode(texts.WebTitle)}}</strong>
                <nav><a href="/">{{Encode(texts.WebChatLink)}}</a><a href="{{LedgerPath}}">{{Encode(texts.LedgerLink)}}</a><a href="{{ChartsPath}}">{{Encode(texts.ChartsLink)}}</a></nav>
              </header>
              <main>
                <h1>{{Encode(title)}}</h1>
                <p class="note">{{Encode(texts.LedgerReadOnlyNote)}}</p>
            {{body}}
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }
}
