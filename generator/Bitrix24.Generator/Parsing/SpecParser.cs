using System;
using System.Collections.Generic;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Reading;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Parsing;

/// <summary>Spec or type file → model and diagnostics. Never throws: a failure becomes BX0013 on that file alone.</summary>
internal static class SpecParser
{
    public static ParsedSpec Parse(SpecFile file)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (file.ReadError is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, file.Path, 1, 1, file.ReadError));
            return new ParsedSpec(null, null, diagnostics.ToEquatableArray());
        }

        try
        {
            var read = SpecReader.Read(file.Text);
            foreach (var problem in read.Problems)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptor(problem.Kind), file.Path, problem.Line, problem.Column, problem.Message));
            }

            if (read.Object is { } type)
            {
                var (objectModel, objectKey) = ObjectBuilder.Build(type, file.Path, file.Namespace, diagnostics);
                var typeRefs = objectModel is null ? null : RefWalker.Object(type, file.Path, file.Namespace);
                return new ParsedSpec(null, null, diagnostics.ToEquatableArray(), objectModel, objectModel is null ? null : objectKey, typeRefs);
            }

            if (read.Spec is null)
            {
                return new ParsedSpec(null, null, diagnostics.ToEquatableArray());
            }

            var (model, key) = ModelBuilder.Build(read.Spec, file.Path, file.Namespace, diagnostics);
            var refs = model is null ? null : RefWalker.Method(read.Spec, file.Path, file.Namespace);
            return new ParsedSpec(model, key, diagnostics.ToEquatableArray(), Refs: refs);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, file.Path, 1, 1, $"{exception.GetType().Name}: {exception.Message}"));
            return new ParsedSpec(null, null, diagnostics.ToEquatableArray());
        }
    }

    private static DiagnosticDescriptor Descriptor(SpecProblemKind kind) => kind switch
    {
        SpecProblemKind.YamlSyntax => DiagnosticDescriptors.YamlSyntax,
        SpecProblemKind.MissingKey => DiagnosticDescriptors.MissingKey,
        SpecProblemKind.InvalidValue => DiagnosticDescriptors.InvalidValue,
        SpecProblemKind.InvalidMethodName => DiagnosticDescriptors.InvalidMethodName,
        SpecProblemKind.DuplicateParameter => DiagnosticDescriptors.DuplicateParameter,
        SpecProblemKind.InvalidNesting => DiagnosticDescriptors.InvalidNesting,
        SpecProblemKind.UnknownKey => DiagnosticDescriptors.UnknownKey,
        SpecProblemKind.UnknownType => DiagnosticDescriptors.UnknownType,
        SpecProblemKind.LimitExceeded => DiagnosticDescriptors.LimitExceeded,
        SpecProblemKind.RecursiveAlias => DiagnosticDescriptors.RecursiveAlias,
        _ => DiagnosticDescriptors.GeneratorFailure,
    };
}
