using System;
using System.Threading.Tasks;
using Bitrix24.Tests.Shared;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// A throwaway consumer project for a real <c>dotnet build</c>: the runtime referenced for one target framework, this
/// repository's generator as an analyzer with its props, warnings as errors, and the caller's own properties and items.
/// </summary>
internal static class ConsumerProject
{
    public static string Xml(string targetFramework, string properties, string items)
    {
        var root = RepositoryPaths.Root;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/runtime/Bitrix24.Client/Bitrix24.Client.csproj" SetTargetFramework="TargetFramework={targetFramework}" />
                <ProjectReference Include="{root}/generator/Bitrix24.Generator/Bitrix24.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            {items}
              </ItemGroup>
              <Import Project="{root}/generator/Bitrix24.Generator/buildTransitive/Bitrix24.Generator.props" />
            </Project>
            """;
    }

    /// <summary>Builds the project in <paramref name="directory"/> against the already built generator and runtime.</summary>
    public static Task<(int ExitCode, string Output)> BuildAsync(string directory, params string[] arguments)
        => ProcessRunner.RunAsync(
            "dotnet",
            ["build", "-c", RepositoryPaths.Configuration, "-p:BuildProjectReferences=false", "-nologo", .. arguments],
            directory,
            TimeSpan.FromMinutes(5));
}
