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
        var navigation = $"""<nav><a href="/">{Encode(texts.WebChatLink)}</a><a href="{LedgerPath}">{Encode(texts.LedgerLink)}</a><a href="{ChartsPath}">{Encode(texts.ChartsLink)}</a></nav>""";
        return Frame(texts, title, navigation, $"""<p class="note">{Encode(texts.LedgerReadOnlyNote)}</p>""" + "\n" + body, statusCode);
    }

    /// <summary>A page that only says something (a refusal): no navigation to pages the reader may not open.</summary>
    public static IResult Notice(Texts texts, string title, string body, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Frame(texts, title, navigation: string.Empty, body, statusCode);
    }

    private static IResult Frame(Texts texts, string title, string navigation, string body, int statusCode)
    {
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
                {{navigation}}
              </header>
              <main>
                <h1>{{Encode(title)}}</h1>
            {{body}}
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }
}
