using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Every name the generated code declares across specs, checked against every other name in its scope: types and
/// namespaces in each namespace (<c>x_methods.*</c>'s namespace <c>XMethods</c> against the group class of <c>x.*</c>),
/// members of each client group class and interface (a child group against a method's <c>GetMethod</c> field, the
/// <c>_transport</c> field, <c>CallAsync</c>, <c>object</c>'s members), and generated file names. Specs claim their names
/// in ordinal file order, and so do types (their classes, namespaces and file); one that would declare a name another
/// owner holds is refused (BX0020 for a method, BX0022 for a type), so a clash is never a C# error. A method's own types are checked where they are built (<see cref="ModelBuilder"/>).
/// </summary>
internal sealed class NameScopes
{
    private const string FilesScope = "the generated files";

    private static readonly Owner Reserved = new("reserved", "the generated code itself");
    private static readonly string[] TypeSuffixes = ["Request", "Result", "Item", "Error"];

    private readonly GeneratorSettings _settings;
    private readonly Dictionary<(string Scope, string Name), Owner> _claims = [];
    private readonly HashSet<string> _knownGroups = new(StringComparer.Ordinal);

    public NameScopes(GeneratorSettings settings, IEnumerable<string?> roots)
    {
        _settings = settings;
        foreach (var hint in roots.Select(GeneratedNames.FacadeHint).Append(GeneratedNames.PolyfillsHint))
        {
            _claims[(FilesScope, Fold(hint))] = Reserved;
        }
    }

    /// <summary>Claims the key's names; when one is taken, claims none and returns the BX0020 that refuses the spec.</summary>
    public DiagnosticInfo? Claim(MethodKey key, IReadOnlyCollection<string> pagingMembers)
    {
        var groups = new List<string>();
        if (Take(Names(key, pagingMembers, groups)) is not { } taken)
        {
            _knownGroups.UnionWith(groups);
            return null;
        }

        var rest = key.Rest.ToString(CultureInfo.InvariantCulture);
        return DiagnosticInfo.Create(DiagnosticDescriptors.GeneratedNameTaken, key.FilePath, key.Line, key.Column, key.Method, rest, taken.Name, taken.Scope, taken.Holder.Description);
    }

    /// <summary>Claims a type's classes, namespaces and file; when one is taken, claims none and returns the BX0022 that refuses the type.</summary>
    public DiagnosticInfo? Claim(ObjectKey key)
    {
        var self = new Owner($"type {key.Root}|{key.Id}", $"the type '{key.Id}' ('{key.FilePath}')");
        var ns = Namespace(key.Root, key.NamespaceSuffix);
        var names = NamespaceChain(ns)
            .Append((FilesScope, Fold(GeneratedNames.ObjectHint(key.Root, key.NamespaceSuffix, key.ClassName)), self))
            .Append(("namespace " + ns, key.ClassName, self))
            .Append(("namespace " + ns, key.InputName, self));
        return Take(names) is { } taken
            ? DiagnosticInfo.Create(DiagnosticDescriptors.TypeNameTaken, key.FilePath, key.Line, key.Column, key.Id, taken.Name, taken.Scope, taken.Holder.Description)
            : null;
    }

    // All of the names, or none: the first one another owner holds, if any.
    private (string Scope, string Name, Owner Holder)? Take(IEnumerable<(string Scope, string Name, Owner Owner)> names)
    {
        var pending = new Dictionary<(string Scope, string Name), Owner>();
        foreach (var (scope, name, owner) in names)
        {
            if (!_claims.TryGetValue((scope, name), out var holder) && !pending.TryGetValue((scope, name), out holder))
            {
                pending.Add((scope, name), owner);
            }
            else if (holder.Id != owner.Id)
            {
                return (scope, name, holder);
            }
        }

        foreach (var claim in pending)
        {
            _claims.Add(claim.Key, claim.Value);
        }

        return null;
    }

    private string Namespace(string? root, string suffix)
    {
        var rootNamespace = root ?? _settings.RootNamespace;
        return suffix.Length == 0 ? rootNamespace : $"{rootNamespace}.{suffix}";
    }

    // Each namespace below the first segment, as a name in its parent.
    private static IEnumerable<(string Scope, string Name, Owner Owner)> NamespaceChain(string ns)
    {
        var segments = ns.Split('.');
        for (var i = 1; i < segments.Length; i++)
        {
            var parent = string.Join(".", segments, 0, i);
            yield return ("namespace " + parent, segments[i], new Owner($"namespace {parent}.{segments[i]}", $"the namespace {parent}.{segments[i]}"));
        }
    }

    private static string Fold(string hint) => hint.ToLowerInvariant();

    private IEnumerable<(string Scope, string Name, Owner Owner)> Names(MethodKey key, IReadOnlyCollection<string> pagingMembers, List<string> newGroups)
    {
        var rest = key.Rest.ToString(CultureInfo.InvariantCulture);
        var self = new Owner("method " + key.Identity, $"'{key.Method}' (REST {rest}, '{key.FilePath}')");
        var root = key.Facade.Root ?? _settings.RootNamespace;
        var ns = Namespace(key.Facade.Root, key.NamespaceSuffix);

        yield return (FilesScope, Fold(GeneratedNames.MethodHint(key.Facade.Root, key.NamespaceSuffix, key.TypeBase)), self);
        foreach (var claim in NamespaceChain(ns))
        {
            yield return claim;
        }

        foreach (var suffix in TypeSuffixes)
        {
            yield return ("namespace " + ns, key.TypeBase + suffix, self);
        }

        var path = key.Facade.GroupPath;
        for (var depth = 0; depth <= path.Count; depth++)
        {
            var group = path.Take(depth).ToEquatableArray();
            var members = $"class {root}.{GeneratedNames.ClassName(group, _settings)}";
            var groupId = $"group {root}|{string.Join(".", group)}";
            if (!_knownGroups.Contains(groupId))
            {
                newGroups.Add(groupId);
                foreach (var claim in GroupNames(root, group, members))
                {
                    yield return claim;
                }
            }

            if (depth < path.Count)
            {
                var child = Group(root, group.Concat([path[depth]]).ToEquatableArray());
                yield return (members, path[depth], child);
                yield return (members, GeneratedNames.ChildField(path[depth]), child);
                continue;
            }

            yield return (members, key.Facade.MemberName, self);
            yield return (members, GeneratedNames.MethodField(key.Facade), self);
            foreach (var member in pagingMembers)
            {
                yield return (members, member, self);
            }

            if (pagingMembers.Count > 0)
            {
                yield return (members, GeneratedNames.RowsField(key.Facade), self);
            }
        }
    }

    // A group's class and interface in the root namespace, and the members every group class has.
    private IEnumerable<(string Scope, string Name, Owner Owner)> GroupNames(string root, EquatableArray<string> group, string members)
    {
        var owner = Group(root, group);
        var className = GeneratedNames.ClassName(group, _settings);
        yield return ("namespace " + root, className, owner);
        yield return ("namespace " + root, "I" + className, owner);
        foreach (var reserved in GeneratedNames.ObjectMembers.Append(className).Append(GeneratedNames.TransportField))
        {
            yield return (members, reserved, Reserved);
        }

        if (group.IsEmpty)
        {
            yield return (members, GeneratedNames.CallMember, Reserved);
        }
    }

    private Owner Group(string root, EquatableArray<string> group)
    {
        var className = GeneratedNames.ClassName(group, _settings);
        return new Owner($"group {root}|{string.Join(".", group)}", group.IsEmpty ? $"the client {className}" : $"the client group {className} ('{string.Join(".", group)}')");
    }

    private sealed record Owner(string Id, string Description);
}
