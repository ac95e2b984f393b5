using System.Collections.Frozen;

namespace Rectification.Bot.Conversation.Understanding.Text;

/// <summary>
/// The traditional forms of the characters the recognizers' words are written with (第十四項進展如何, 銷號, 謝謝), each
/// mapped to its simplified form, one character for one, so text positions stay where they were. Numerals (貳, 參,
/// 陸, 萬) are not here: <see cref="Rectification.Domain.Numerals.ChineseNumeral"/> reads them, in chat and in
/// documents alike.
/// </summary>
public static class TraditionalCharacters
{
    private const string Pairs =
        "項项號号個个條条問问題题進进況况麼么樣样銷销歷历報报匯汇單单開开幫帮說说謝谢們们這这還还沒没為为時时處处" +
        "責责務务據据證证訂订閱阅週周變变體体實实給给請请嗎吗專专導导領领員员綁绑賬账補补經经將将關关閉闭數数幾几" +
        "盡尽標标誌志覽览詢询應应該该級级優优劃划會会議议態态當当";

    private static readonly FrozenDictionary<char, char> Simplified = Enumerable.Range(0, Pairs.Length / 2)
        .ToFrozenDictionary(i => Pairs[2 * i], i => Pairs[(2 * i) + 1]);

    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(Simplified.ContainsKey))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Simplified.TryGetValue(source[i], out var simple) ? simple : source[i];
            }
        });
    }
}
