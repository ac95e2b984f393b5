namespace Rectification.Domain.LedgerFiles;

/// <summary>One sheet of the ledger file as values, before any file format: the writers only lay it out.</summary>
public sealed record LedgerSheet(string Name, IReadOnlyList<LedgerColumn> Columns, IReadOnlyList<IReadOnlyList<LedgerCell>> Rows);

/// <summary>A column: its header and its width in characters (a CJK character counts about two).</summary>
public sealed record LedgerColumn(string Header, double Width);

/// <summary>A typed cell, so that a date is written as a date and a rate as a percentage, not as text.</summary>
public abstract record LedgerCell
{
    public static readonly LedgerCell Empty = new TextCell(string.Empty);

    public static LedgerCell Of(string? text) => text is null ? Empty : new TextCell(text);

    /// <summary>A date cell, empty or not: an empty one still carries the date format, so a date typed into it stays a date.</summary>
    public static LedgerCell Of(DateOnly? date) => new DateCell(date);

    /// <summary>The cell as a CSV field or a plain-text reader would show it.</summary>
    public abstract string Display { get; }
}

public sealed record TextCell(string Text) : LedgerCell
{
    public override string Display => Text;
}

public sealed record NumberCell(int Value) : LedgerCell
{
    public override string Display => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A fraction between 0 and 1, shown as a percentage.</summary>
public sealed record PercentCell(double Fraction) : LedgerCell
{
    public override string Display => Fraction.ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record DateCell(DateOnly? Date) : LedgerCell
{
    public override string Display => Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>A local date and time (the office's zone).</summary>
public sealed record DateTimeCell(DateTime Local) : LedgerCell
{
    public override string Display => Local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
