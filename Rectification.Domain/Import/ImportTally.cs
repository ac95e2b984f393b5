namespace Rectification.Domain.Import;

/// <summary>Counts what an import adds while it runs; becomes the <see cref="ImportResult"/>.</summary>
internal sealed class ImportTally
{
    public int FindingsCreated { get; private set; }

    public int FindingsSkipped { get; private set; }

    public int MeasuresCreated { get; private set; }

    public int NextStepsCreated { get; private set; }

    public void Count(ParsedFinding created)
    {
        FindingsCreated++;
        MeasuresCreated += created.Measures.Length;
        NextStepsCreated += created.NextSteps.Length;
    }

    public int MeasuresUpdated { get; private set; }

    public void Skip() => FindingsSkipped++;

    public void Update() => MeasuresUpdated++;

    public ImportResult ToResult(int inspectionId, bool inspectionCreated, bool laterAnnouncement) =>
        new(inspectionId, inspectionCreated, FindingsCreated, FindingsSkipped, MeasuresCreated, NextStepsCreated, laterAnnouncement, MeasuresUpdated);
}
