using System;
using System.Linq;
using System.Reflection;
using Bitrix24.Generator.Emitting;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// The generator cannot reference the runtime, so <see cref="RuntimeNames"/> spells its names as text: each must name
/// a public type of <c>Bitrix24.Client</c>, or a public member of one. A rename in the runtime fails here by name.
/// </summary>
public sealed class RuntimeNamesTests
{
    private static readonly Type[] RuntimeTypes = Assembly.Load("Bitrix24.Client").GetExportedTypes();

    public static TheoryData<string, string> Names()
    {
        var names = new TheoryData<string, string>();
        foreach (var field in typeof(RuntimeNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral))
        {
            names.Add(field.Name, (string)field.GetRawConstantValue()!);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_runtime_name_is_a_public_type_or_member_of_the_runtime(string constant, string name)
    {
        const string Global = "global::";
        var isQualified = name.Contains('.', StringComparison.Ordinal);
        if (isQualified)
        {
            Assert.StartsWith(Global, name, StringComparison.Ordinal);
        }

        var qualified = isQualified ? name.Substring(Global.Length) : name;

        Assert.True(IsType(qualified) || IsMember(qualified), $"RuntimeNames.{constant} = {name} names nothing public in Bitrix24.Client");
    }

    // A full name (generic types by their name without arity), or a bare name written in doc text.
    private static bool IsType(string name)
        => RuntimeTypes.Any(type => NameOf(type) == name || (!name.Contains('.', StringComparison.Ordinal) && type.Name.Split('`')[0] == name));

    // Type.Member, or a bare member name of some runtime type.
    private static bool IsMember(string name)
    {
        var dot = name.LastIndexOf('.');
        var member = name.Substring(dot + 1);
        var owners = dot < 0 ? RuntimeTypes : RuntimeTypes.Where(type => NameOf(type) == name.Substring(0, dot));
        return owners.Any(type => type.GetMember(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Length > 0);
    }

    private static string NameOf(Type type) => type.FullName!.Split('`')[0];
}
