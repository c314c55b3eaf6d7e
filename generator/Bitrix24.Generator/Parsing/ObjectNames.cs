using System;
using System.Collections.Generic;
using System.Linq;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// A type's C# names, a pure function of its id, so no other file can rename it: namespace from every segment but the
/// last, class from the last (<c>crm.deal</c> → <c>Crm.Deal</c>, request class <c>Crm.DealInput</c>). A class that would
/// hide a .NET type a user likely imports, or repeat its namespace's last segment, gets the suffix <c>Data</c>
/// (<c>v3.tasks.task</c> → <c>V3.Tasks.TaskData</c>, <c>department.department</c> → <c>Department.DepartmentData</c>).
/// </summary>
internal static class ObjectNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Task", "Type", "Object", "String", "Action", "Attribute", "Exception", "Enum", "Array", "Delegate", "File",
        "Directory", "Path", "Thread", "Timer", "Guid", "Uri", "Version", "Environment", "Math", "Convert", "Buffer",
        "Random", "Monitor", "Activator",
    };

    public static (string NamespaceSuffix, string ClassName, string InputName) Of(string id)
    {
        var segments = id.Split('.').Select(segment => Identifiers.Pascal(segment)).ToArray();
        var last = segments[segments.Length - 1];
        var parent = segments.Length > 1 ? segments[segments.Length - 2] : null;
        var className = Reserved.Contains(last) || last == parent ? last + "Data" : last;
        return (string.Join(".", segments, 0, segments.Length - 1), className, last + "Input");
    }
}
