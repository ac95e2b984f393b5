using Microsoft.Extensions.Options;

namespace Rectification.Bot.Hosting;

/// <summary>
/// Collects what is wrong with one settings section, each problem naming its key and what would do, so that a start
/// refused by <c>ValidateOnStart</c> says everything at once.
/// </summary>
internal sealed class OptionsProblems(string section)
{
    private readonly List<string> _problems = [];

    public OptionsProblems Require(bool holds, string key, string expectation)
    {
        if (!holds)
        {
            _problems.Add($"{section}:{key} {expectation}.");
        }

        return this;
    }

    public OptionsProblems Add(string? problem)
    {
        if (problem is not null)
        {
            _problems.Add(problem);
        }

        return this;
    }

    public string Key(string key) => $"{section}:{key}";

    public ValidateOptionsResult Result() => _problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_problems);
}
