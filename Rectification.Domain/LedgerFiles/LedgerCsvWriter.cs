using System.Globalization;
using System.Text;
using CsvHelper;

namespace Rectification.Domain.LedgerFiles;

/// <summary>Writes the ledger sheet as CSV in UTF-8 with a byte-order mark, which is what makes Excel read the Chinese right.</summary>
public static class LedgerCsvWriter
{
    public static void Write(Stream output, LedgerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in sheet.Columns)
        {
            csv.WriteField(column.Header);
        }

        csv.NextRecord();
        foreach (var row in sheet.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell.Display);
            }

            csv.NextRecord();
        }
    }
}
