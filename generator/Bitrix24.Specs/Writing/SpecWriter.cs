using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bitrix24.Specs.Writing;

/// <summary>
/// Writes a <see cref="MethodSpec"/> or an <see cref="ObjectSpec"/> as canonical YAML: fixed key order, absent values left out,
/// no line folding, LF line endings. The same model always gives the same bytes, so specs diff cleanly.
/// </summary>
public static class SpecWriter
{
    // Plain scalars that a YAML 1.2 core-schema (or 1.1: yes/no/on/off/y/n, = and <<) reader would take for something other than a string.
    private static readonly Regex NonStringPlain = new(
        @"^(|~|=|<<|null|Null|NULL|true|True|TRUE|false|False|FALSE|[yY]|[nN]|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$",
        RegexOptions.CultureInvariant);

    private static readonly Regex NullPlain = new("^(|~|null|Null|NULL)$", RegexOptions.CultureInvariant);

    /// <summary>Writes <paramref name="spec"/> as canonical YAML text.</summary>
    public static string Write(MethodSpec spec) => Document(emitter => WriteMethod(emitter, spec));

    /// <summary>Writes the type <paramref name="type"/> as canonical YAML text (<c>object, title, summary, source, fields</c>).</summary>
    public static string Write(ObjectSpec type) => Document(emitter =>
    {
        Pair(emitter, "object", type.Id);
        Pair(emitter, "title", type.Title);
        Pair(emitter, "summary", type.Summary);
        Pair(emitter, "source", type.Source);
        WriteParams(emitter, "fields", type.Fields);
    });

    // One YAML document whose root mapping writeKeys fills.
    private static string Document(Action<IEmitter> writeKeys)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, 1024, false, indentSequences: true, "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        writeKeys(emitter);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteMethod(IEmitter emitter, MethodSpec spec)
    {
        Pair(emitter, "method", spec.Method);
        Pair(emitter, "rest", spec.Rest.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain);
        Pair(emitter, "scope", spec.Scope);
        Pair(emitter, "title", spec.Title);
        Pair(emitter, "summary", spec.Summary);
        Pair(emitter, "access", spec.Access);
        WriteDeprecated(emitter, spec);
        Pair(emitter, "kind", spec.Kind == MethodKind.Read ? "read" : "write");
        Pair(emitter, "source", spec.Source);
        WriteParams(emitter, "params", spec.Params);
        WriteResult(emitter, spec.Result);
        WriteList(emitter, spec.List);
        WriteErrors(emitter, spec.Errors);
    }

    private static void WriteDeprecated(IEmitter emitter, MethodSpec spec)
    {
        if (spec.Replacement is null)
        {
            Pair(emitter, "deprecated", spec.Deprecated ? "true" : "false", ScalarStyle.Plain);
            return;
        }

        Key(emitter, "deprecated");
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
        Pair(emitter, "replacement", spec.Replacement);
        emitter.Emit(new MappingEnd());
    }

    private static void WriteParams(IEmitter emitter, string key, EquatableArray<ParamSpec> parameters)
    {
        if (parameters.IsEmpty)
        {
            return;
        }

        Key(emitter, key);
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var parameter in parameters)
        {
            emitter.Emit(new MappingStart());
            Pair(emitter, "name", parameter.Name);
            Pair(emitter, "type", parameter.Type);
            Pair(emitter, "ref", parameter.Ref);
            Pair(emitter, "map", parameter.Map);
            Pair(emitter, "required", parameter.Required ? "true" : "false", ScalarStyle.Plain);
            Pair(emitter, "description", parameter.Description);
            Pair(emitter, "example", parameter.Example, ScalarStyle.Any);
            WriteValues(emitter, parameter.Values);
            WriteParams(emitter, "fields", parameter.Fields);
            WriteParams(emitter, "items", parameter.Items);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
    }

    private static void WriteValues(IEmitter emitter, EquatableArray<EnumValueSpec> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        Key(emitter, "values");
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var value in values)
        {
            emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
            Pair(emitter, "value", value.Value);
            Pair(emitter, "description", value.Description);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
    }

    private static void WriteResult(IEmitter emitter, ResultSpec? result)
    {
        if (result is null)
        {
            return;
        }

        Key(emitter, "result");
        emitter.Emit(new MappingStart());
        Pair(emitter, "type", result.Type);
        Pair(emitter, "ref", result.Ref);
        Pair(emitter, "map", result.Map);
        Pair(emitter, "description", result.Description);
        WriteParams(emitter, "fields", result.Fields);
        WriteParams(emitter, "items", result.Items);
        emitter.Emit(new MappingEnd());
    }

    private static void WriteList(IEmitter emitter, ListSpec? list)
    {
        if (list is null)
        {
            return;
        }

        Key(emitter, "list");
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
        Pair(emitter, "rows", list.Rows);
        Pair(emitter, "id", list.Id);
        Pair(emitter, "paging", list.Paging);
        emitter.Emit(new MappingEnd());
    }

    private static void WriteErrors(IEmitter emitter, EquatableArray<ErrorSpec> errors)
    {
        if (errors.IsEmpty)
        {
            return;
        }

        Key(emitter, "errors");
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var error in errors)
        {
            emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
            Pair(emitter, "code", error.Code);
            Pair(emitter, "message", error.Message);
            Pair(emitter, "status", error.Status?.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
    }

    private static void Key(IEmitter emitter, string key) => emitter.Emit(new Scalar(key));

    // Strings that would read back as numbers, booleans or null are quoted, so "100" stays a string.
    private static void Pair(IEmitter emitter, string key, string? value, ScalarStyle? style = null)
    {
        if (value is null)
        {
            return;
        }

        Key(emitter, key);
        var chosen = style ?? (NonStringPlain.IsMatch(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any);
        if (chosen == ScalarStyle.Any && NullPlain.IsMatch(value))
        {
            chosen = ScalarStyle.DoubleQuoted;
        }

        if (chosen == ScalarStyle.Any && value.IndexOf('\n') >= 0)
        {
            chosen = ScalarStyle.Literal;
        }

        emitter.Emit(new Scalar(null, null, value, chosen, isPlainImplicit: true, isQuotedImplicit: true));
    }
}
