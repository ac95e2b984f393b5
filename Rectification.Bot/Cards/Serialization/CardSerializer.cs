using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Rectification.Bot.Cards.Model;

namespace Rectification.Bot.Cards.Serialization;

/// <summary>
/// Turns a card into the JSON hosts read: camelCase, no null members, no empty lists, enums as the schema's strings,
/// Chinese unescaped. Every method checks the card against its declared version first and throws
/// <see cref="CardVersionException"/> rather than produce a card its hosts would drop.
/// </summary>
public static class CardSerializer
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string ToJson(AdaptiveCard card, bool indented = false)
    {
        CardVersionGuard.EnsureWithinDeclaredVersion(card);
        return JsonSerializer.Serialize(card, indented ? IndentedOptions : Options);
    }

    public static JsonObject ToJsonObject(AdaptiveCard card)
    {
        CardVersionGuard.EnsureWithinDeclaredVersion(card);
        return JsonSerializer.SerializeToNode(card, Options)!.AsObject();
    }

    private static JsonSerializerOptions IndentedOptions { get; } = new(Options) { WriteIndented = true };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    // "actions": [] and the like only cost bytes; the schema never needs an empty list where we would write one.
    private static void OmitEmptyLists(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (typeof(ICollection).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }
}
