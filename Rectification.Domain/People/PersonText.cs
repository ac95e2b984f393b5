namespace Rectification.Domain.People;

/// <summary>The trimming and length rule for the texts a person is made of (names, ids, departments).</summary>
internal static class PersonText
{
    public static string Require(string value, int maxLength, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameter);
        return Optional(value, maxLength, parameter)!;
    }

    public static string? Optional(string? value, int maxLength, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new ArgumentException($"At most {maxLength} characters.", parameter);
    }
}
