using Rectification.Bot.Localization;
using Rectification.Domain.Findings;

namespace Rectification.Tests.Findings;

public sealed class ProgressEntryKindWordingTests
{
    /// <summary>A kind of history entry the digest cannot name would break the weekly digest.</summary>
    [Fact]
    public void Every_kind_of_history_entry_has_a_digest_word_in_both_languages()
    {
        foreach (var kind in Enum.GetValues<ProgressEntryKind>())
        {
            Assert.False(string.IsNullOrWhiteSpace(DigestTexts.Chinese.EntryKind(kind)));
            Assert.False(string.IsNullOrWhiteSpace(DigestTexts.English.EntryKind(kind)));
        }
    }
}
