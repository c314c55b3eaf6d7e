using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Bitrix24.Client.Tests.Layering;

/// <summary>
/// Which of an assembly's own types each of its types uses, read from the built assembly: base types, interfaces,
/// generic constraints, field, property and method signatures, locals, and every type, method and field token in the
/// method bodies (so a call, a cast, a <c>typeof</c> or a static field read counts). A nested type (a lambda's
/// closure, an async state machine) counts as its outermost type.
/// </summary>
internal static class TypeReferences
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value, code => code.OperandType);

    /// <summary>Each edge once: the using type's full name and the used type's full name, both outermost.</summary>
    public static IReadOnlyList<(OwnType From, OwnType To)> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var edges = new HashSet<(OwnType, OwnType)>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var from = Outermost(metadata, handle);
            foreach (var used in Used(metadata, pe, handle))
            {
                var to = Outermost(metadata, used);
                if (to != from)
                {
                    edges.Add((from, to));
                }
            }
        }

        return [.. edges];
    }

    private static OwnType Outermost(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } declaring)
        {
            handle = declaring;
            type = metadata.GetTypeDefinition(handle);
        }

        return new OwnType(metadata.GetString(type.Namespace), metadata.GetString(type.Name));
    }

    private static IEnumerable<TypeDefinitionHandle> Used(MetadataReader metadata, PEReader pe, TypeDefinitionHandle handle)
    {
        var provider = new OwnTypes(metadata);
        var type = metadata.GetTypeDefinition(handle);
        var used = new List<TypeDefinitionHandle>();
        used.AddRange(OfType(metadata, provider, type.BaseType));
        foreach (var implementation in type.GetInterfaceImplementations())
        {
            used.AddRange(OfType(metadata, provider, metadata.GetInterfaceImplementation(implementation).Interface));
        }

        used.AddRange(Constraints(metadata, provider, type.GetGenericParameters()));
        foreach (var field in type.GetFields())
        {
            used.AddRange(metadata.GetFieldDefinition(field).DecodeSignature(provider, null));
        }

        foreach (var property in type.GetProperties())
        {
            var signature = metadata.GetPropertyDefinition(property).DecodeSignature(provider, null);
            used.AddRange(signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(parameter => parameter)));
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var method = metadata.GetMethodDefinition(methodHandle);
            var signature = method.DecodeSignature(provider, null);
            used.AddRange(signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(parameter => parameter)));
            used.AddRange(Constraints(metadata, provider, method.GetGenericParameters()));
            if (method.RelativeVirtualAddress != 0)
            {
                used.AddRange(InBody(metadata, provider, pe.GetMethodBody(method.RelativeVirtualAddress)));
            }
        }

        return used;
    }

    private static IEnumerable<TypeDefinitionHandle> Constraints(MetadataReader metadata, OwnTypes provider, GenericParameterHandleCollection parameters)
        => parameters.SelectMany(parameter => metadata.GetGenericParameter(parameter).GetConstraints())
            .SelectMany(constraint => OfType(metadata, provider, metadata.GetGenericParameterConstraint(constraint).Type));

    private static IEnumerable<TypeDefinitionHandle> InBody(MetadataReader metadata, OwnTypes provider, MethodBodyBlock body)
    {
        var used = new List<TypeDefinitionHandle>();
        if (!body.LocalSignature.IsNil)
        {
            used.AddRange(metadata.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null).SelectMany(local => local));
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            switch (Operands[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    used.AddRange(OfToken(metadata, provider, MetadataTokens.EntityHandle(il.ReadInt32())));
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.ShortInlineR or OperandType.InlineSig or OperandType.InlineString:
                    il.Offset += 4;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
            }
        }

        return used;
    }

    private static IEnumerable<TypeDefinitionHandle> OfToken(MetadataReader metadata, OwnTypes provider, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                return [metadata.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()];
            case HandleKind.FieldDefinition:
                return [metadata.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()];
            case HandleKind.MemberReference:
                var member = metadata.GetMemberReference((MemberReferenceHandle)handle);
                var inSignature = member.GetKind() == MemberReferenceKind.Method
                    ? member.DecodeMethodSignature(provider, null) is var method ? method.ReturnType.Concat(method.ParameterTypes.SelectMany(parameter => parameter)) : []
                    : member.DecodeFieldSignature(provider, null);
                return OfToken(metadata, provider, member.Parent).Concat(inSignature);
            case HandleKind.MethodSpecification:
                var specification = metadata.GetMethodSpecification((MethodSpecificationHandle)handle);
                return OfToken(metadata, provider, specification.Method).Concat(specification.DecodeSignature(provider, null).SelectMany(argument => argument));
            default:
                return OfType(metadata, provider, handle);
        }
    }

    private static ImmutableArray<TypeDefinitionHandle> OfType(MetadataReader metadata, OwnTypes provider, EntityHandle handle) => handle.Kind switch
    {
        _ when handle.IsNil => [],
        HandleKind.TypeDefinition => [(TypeDefinitionHandle)handle],
        HandleKind.TypeSpecification => metadata.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null),
        _ => [],
    };

    /// <summary>A type in the assembly: its namespace and (outermost) name.</summary>
    internal readonly record struct OwnType(string Namespace, string Name)
    {
        public override string ToString() => $"{Namespace}.{Name}";
    }

    /// <summary>Decodes a signature into the assembly's own types it names; other assemblies' types name none.</summary>
    private sealed class OwnTypes(MetadataReader metadata) : ISignatureTypeProvider<ImmutableArray<TypeDefinitionHandle>, object?>
    {
        public ImmutableArray<TypeDefinitionHandle> GetArrayType(ImmutableArray<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetByReferenceType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature)
            => [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(parameter => parameter)];

        public ImmutableArray<TypeDefinitionHandle> GetGenericInstantiation(ImmutableArray<TypeDefinitionHandle> genericType, ImmutableArray<ImmutableArray<TypeDefinitionHandle>> typeArguments)
            => [.. genericType, .. typeArguments.SelectMany(argument => argument)];

        public ImmutableArray<TypeDefinitionHandle> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeDefinitionHandle> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeDefinitionHandle> GetModifiedType(ImmutableArray<TypeDefinitionHandle> modifier, ImmutableArray<TypeDefinitionHandle> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<TypeDefinitionHandle> GetPinnedType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPointerType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<TypeDefinitionHandle> GetSZArrayType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
