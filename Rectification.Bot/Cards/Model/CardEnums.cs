namespace Rectification.Bot.Cards.Model;

// The schema's enumerations. CardSerializer writes them camelCase ("extraLarge"), the spelling the schema lists;
// the schema also accepts other letter cases, the official renderer library does not.

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextWeight { Default, Lighter, Bolder }

/// <summary>Text colours; the host maps them to its theme (Teams light, dark, high contrast).</summary>
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }

/// <summary>Container styles; all but Default and Emphasis came with 1.2.</summary>
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public enum HorizontalAlignment { Left, Center, Right }

public enum ImageSize { Auto, Stretch, Small, Medium, Large }

public enum ImageStyle { Default, Person }

public enum TextInputStyle { Text, Tel, Url, Email }

public enum ChoiceInputStyle { Compact, Expanded }

/// <summary>Action styles (1.2). Teams ignores positive/destructive styling, so our cards leave it unset.</summary>
public enum ActionStyle { Default, Positive, Destructive }
