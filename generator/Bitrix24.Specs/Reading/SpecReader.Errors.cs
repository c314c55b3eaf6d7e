using System.Collections.Generic;
using Bitrix24.Specs.Model;
using YamlDotNet.RepresentationModel;

namespace Bitrix24.Specs.Reading;

/// <content>The documented errors: code, message, HTTP status.</content>
public sealed partial class SpecReader
{
    private static readonly string[] ErrorKeys = ["code", "message", "status"];

    private EquatableArray<ErrorSpec> ReadErrors(YamlNode? node)
    {
        if (node is null || IsNull(node))
        {
            return EquatableArray<ErrorSpec>.Empty;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(SpecProblemKind.InvalidValue, "'errors' is a list of '{ code, message }'.", node);
            return EquatableArray<ErrorSpec>.Empty;
        }

        var errors = new List<ErrorSpec>();
        foreach (var item in sequence.Children)
        {
            if (!CountEntry(item))
            {
                break;
            }

            if (item is not YamlMappingNode map)
            {
                Report(SpecProblemKind.InvalidValue, "Each error is a mapping '{ code, message }'.", item);
                continue;
            }

            CheckKeys(map, ErrorKeys, "error");
            var codeNode = Child(map, "code");
            var code = Text(codeNode, "code");
            var message = Text(Child(map, "message"), "message");
            if (code is null && message is null)
            {
                Report(SpecProblemKind.MissingKey, "An error needs a 'code' or a 'message'.", map);
                continue;
            }

            if (code is not null && TooLong(code, codeNode!, SpecLimits.MaxValueLength, "The error code"))
            {
                continue;
            }

            errors.Add(new ErrorSpec(code ?? string.Empty, message, ReadStatus(Child(map, "status")), Position(map)));
        }

        return errors.ToEquatableArray();
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
