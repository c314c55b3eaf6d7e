using Bitrix24.Specs.Model;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <content>The documented errors: code, message, HTTP status.</content>
public sealed partial class SpecReader
{
    private static readonly string[] ErrorKeys = ["code", "message", "status"];

    private EquatableArray<ErrorSpec> ReadErrors(YamlNode? node)
        => ReadEntries(node, "'errors' is a list of '{ code, message }'.", ReadError);

    private ErrorSpec? ReadError(YamlNode item)
    {
        if (item is not YamlMappingNode map)
        {
            Report(SpecProblemKind.InvalidValue, "Each error is a mapping '{ code, message }'.", item);
            return null;
        }

        CheckKeys(map, ErrorKeys, "error");
        var codeNode = Child(map, "code");
        var code = Text(codeNode, "code");
        var message = Text(Child(map, "message"), "message");
        if (code is null && message is null)
        {
            Report(SpecProblemKind.MissingKey, "An error needs a 'code' or a 'message'.", map);
            return null;
        }

        return code is not null && TooLong(code, codeNode!, SpecLimits.MaxValueLength, "The error code")
            ? null
            : new ErrorSpec(code ?? string.Empty, message, ReadStatus(Child(map, "status")), Position(map));
    }

    private int? ReadStatus(YamlNode? node)
    {
        var text = Text(node, "status");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status)
            && status is >= 100 and <= 599)
        {
            return status;
        }

        Report(SpecProblemKind.InvalidValue, $"'status' is an HTTP status code, not '{text}'.", node!);
        return null;
    }
}
