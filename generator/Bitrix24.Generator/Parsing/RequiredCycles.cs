using System.Collections.Generic;
using System.Linq;
using Bitrix24.Generator.Diagnostics;
using Bitrix24.Generator.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Finds cycles of required refs among the types that generate (BX0019): an Input class that requires itself, directly
/// or through others, could never be created. Each cycle is broken at the member that closes it, walking types in
/// ordinal file order; that member is generated without <c>required</c>. Iterative, so a chain of thousands of types
/// cannot overflow the stack.
/// </summary>
internal static class RequiredCycles
{
    /// <summary>The members that lose <c>required</c>, by type key, and the BX0019 for each.</summary>
    public static Dictionary<ObjectKey, List<string>> Break(IReadOnlyList<ObjectKey> types, List<DiagnosticInfo> diagnostics)
    {
        var byId = types.ToDictionary(key => (key.Root, key.Id));
        var state = new Dictionary<ObjectKey, bool>(); // false: on the current path; true: done
        var optional = new Dictionary<ObjectKey, List<string>>();
        foreach (var start in types.Where(key => !key.RequiredRefs.IsEmpty))
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var path = new List<(ObjectKey Key, int Next)> { (start, 0) };
            state[start] = false;
            while (path.Count > 0)
            {
                var (key, next) = path[path.Count - 1];
                if (next == key.RequiredRefs.Count)
                {
                    state[key] = true;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                path[path.Count - 1] = (key, next + 1);
                var edge = key.RequiredRefs[next];
                if (!byId.TryGetValue((key.Root, edge.Id), out var target) || (state.TryGetValue(target, out var done) && done))
                {
                    continue;
                }

                if (state.ContainsKey(target))
                {
                    Report(path, target, edge, diagnostics);
                    (optional.TryGetValue(key, out var members) ? members : optional[key] = []).Add(edge.Member);
                    continue;
                }

                state[target] = false;
                path.Add((target, 0));
            }
        }

        return optional;
    }

    // The cycle runs from the target's place on the path to the top, then back through the closing member.
    private static void Report(List<(ObjectKey Key, int Next)> path, ObjectKey target, RequiredRef closing, List<DiagnosticInfo> diagnostics)
    {
        var start = path.FindIndex(step => step.Key == target);
        var members = path.Skip(start).Select(step => $"'{step.Key.Id}.{step.Key.RequiredRefs[step.Next - 1].Member}'");
        var top = path[path.Count - 1].Key;
        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.RequiredRefCycle, top.FilePath, closing.Line, closing.Column, target.Id, string.Join(", ", members), $"{top.Id}.{closing.Member}"));
    }
}
