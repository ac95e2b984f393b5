using System.IO.Compression;
using System.Xml.Linq;

namespace Rectification.Tests.LedgerFiles;

/// <summary>
/// A second reader of .xlsx files, independent of the Open XML SDK that writes them: the zip package and its XML
/// parts read as the format's specification lays them out (workbook, relationships, worksheets, styles).
/// </summary>
internal sealed class RawWorkbook
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, XDocument> _sheets = [];

    private RawWorkbook(XDocument styles) => Styles = styles;

    public XDocument Styles { get; }

    public IReadOnlyList<string> SheetNames => [.. _sheets.Keys];

    public static RawWorkbook Open(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var workbook = Load(zip, "xl/workbook.xml");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels").Root!.Elements(PackageRelationships + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var styleTarget = rels.Values.Single(t => t.EndsWith("styles.xml", StringComparison.Ordinal));
        var result = new RawWorkbook(Load(zip, Part(styleTarget)));
        foreach (var sheet in workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            result._sheets[(string)sheet.Attribute("name")!] = Load(zip, Part(rels[(string)sheet.Attribute(Relationships + "id")!]));
        }

        return result;
    }

    public XElement Sheet(string name) => _sheets[name].Root!;

    /// <summary>The text of each row's cells, by column letter order (inline strings and numbers as written).</summary>
    public List<List<string>> Rows(string name) =>
        Sheet(name).Descendants(Main + "row").Select(row => row.Elements(Main + "c").Select(CellText).ToList()).ToList();

    public XElement Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants(Main + "c").Single(c => (string?)c.Attribute("r") == reference);

    /// <summary>The number format code a cell's style applies (built-in ids named by their id).</summary>
    public string NumberFormatOf(XElement cell)
    {
        var style = (int?)cell.Attribute("s") ?? 0;
        var format = Styles.Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ElementAt(style);
        var id = (string?)format.Attribute("numFmtId") ?? "0";
        var custom = Styles.Root!.Element(Main + "numFmts")?.Elements(Main + "numFmt").FirstOrDefault(f => (string?)f.Attribute("numFmtId") == id);
        return custom is null ? "builtin:" + id : (string)custom.Attribute("formatCode")!;
    }

    public bool WrapsText(XElement cell)
    {
        var style = (int?)cell.Attribute("s") ?? 0;
        var format = Styles.Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ElementAt(style);
        return (string?)format.Element(Main + "alignment")?.Attribute("wrapText") is "1" or "true";
    }

    public static XName Name(string local) => Main + local;

    private static string CellText(XElement cell) =>
        (string?)cell.Attribute("t") == "inlineStr" ? string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)) : cell.Element(Main + "v")?.Value ?? string.Empty;

    private static string Part(string target) => target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
