using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Bitrix24.Tests.Shared;

namespace Bitrix24.Packaging.Tests;

/// <summary>
/// Stranger's projects made with <c>dotnet new</c> in a temp folder outside the repository, using only the packed
/// packages (plus the normal registry): the generated client, your own specs, CS9035 and BX diagnostics, netstandard2.0,
/// and a scope subset.
/// </summary>
public sealed class ConsumerTests(PackageFeed feed) : IClassFixture<PackageFeed>, IDisposable
{
    private const string OwnSpec = """
        method: custom.widget.get
        kind: read
        params:
          - { name: id, type: integer, required: true }
        result:
          type: object
          fields:
            - { name: NAME, type: string }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "bx-consumers-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Console_app_calls_a_seed_method_on_the_fake_portal()
    {
        var app = await New("console", "PortalApp", "Bitrix24.Generated", "Bitrix24.Testing");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Bitrix24.Client;
            using Bitrix24.Generated;
            using Bitrix24.Generated.Crm;
            using Bitrix24.Testing;
            using Bitrix24.Testing.Crm;

            await using var portal = await FakePortal.StartAsync();
            var deal = portal.Crm.Add(new FakeDeal { Title = "Packaged deal" });
            using var client = new Bitrix24Client(portal.WebhookUrl);
            var binding = await new Bitrix24Api(client).Crm.Activity.Binding.AddAsync(new ActivityBindingAddRequest { ActivityId = 0, EntityTypeId = 2, EntityId = deal.Id })
                .ContinueWith(task => task.Exception?.InnerException?.GetType().Name ?? "no error");
            Console.WriteLine($"typed error: {binding}");
            #pragma warning disable CS0618 // crm.deal.get is deprecated; the seed method is called on purpose.
            var response = await new Bitrix24Api(client).Crm.Deal.GetAsync(new DealGetRequest { Id = deal.Id });
            #pragma warning restore CS0618
            Console.WriteLine($"deal: {response.Result.Title}");
            """);

        var (exitCode, output) = await Dotnet(app, "run");

        Assert.True(exitCode == 0, output);
        Assert.Contains("deal: Packaged deal", output);
        Assert.Contains("typed error: Bitrix24MethodException`1", output);

        // The client is split into part assemblies; installing Bitrix24.Generated alone brought them.
        Assert.Single(Directory.GetFiles(Path.Combine(app, "bin"), "Bitrix24.Generated.Crm.dll", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Library_generates_its_own_spec_and_deleting_the_spec_removes_it()
    {
        var lib = await New("classlib", "OwnSpecs", "Bitrix24.Generator");
        Write(lib, "specs/custom/custom.widget.get.yaml", OwnSpec);
        Write(lib, "Use.cs", Caller("OwnSpecs", "Id = 1"));

        var (exitCode, output) = await Dotnet(lib, "build");

        Assert.True(exitCode == 0, output);
        Assert.Contains("WidgetGetRequest", AssemblyText(lib, "OwnSpecs"));

        File.Delete(Path.Combine(lib, "specs/custom/custom.widget.get.yaml"));
        File.Delete(Path.Combine(lib, "Use.cs"));
        (exitCode, output) = await Dotnet(lib, "build");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("WidgetGetRequest", AssemblyText(lib, "OwnSpecs"));
    }

    [Fact]
    public async Task A_missing_required_member_is_CS9035_and_a_malformed_spec_is_BX0001_at_its_line()
    {
        var lib = await New("classlib", "Broken", "Bitrix24.Generator");
        Write(lib, "specs/custom/custom.widget.get.yaml", OwnSpec);
        Write(lib, "Use.cs", Caller("Broken", string.Empty));

        var (exitCode, output) = await Dotnet(lib, "build");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CS9035", output);
        Assert.Contains("WidgetGetRequest.Id", output);

        Write(lib, "specs/custom/custom.widget.get.yaml", "method: custom.widget.get\ntitle: \"unclosed\n");
        File.Delete(Path.Combine(lib, "Use.cs"));
        (exitCode, output) = await Dotnet(lib, "build");

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"custom.widget.get.yaml(2,8): error BX0001", output);
    }

    [Fact]
    public async Task Netstandard20_library_gets_CS9035_too()
    {
        var lib = await New("classlib", "Legacy", "Bitrix24.Generator");
        SetProperties(lib, "Legacy", "<TargetFramework>netstandard2.0</TargetFramework><LangVersion>11</LangVersion><Nullable>enable</Nullable>");
        Write(lib, "specs/custom/custom.widget.get.yaml", OwnSpec);
        Write(lib, "Use.cs", Caller("Legacy", string.Empty));

        var (exitCode, output) = await Dotnet(lib, "build");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CS9035", output);
        Assert.DoesNotContain("CS8785", output);
    }

    [Fact]
    public async Task Bitrix24Scopes_generates_only_the_chosen_scopes_and_an_own_spec_of_the_same_method_does_not_clash()
    {
        var lib = await New("classlib", "CrmOnly", "Bitrix24.Generator");
        SetProperties(lib, "CrmOnly", "<Bitrix24Scopes>crm</Bitrix24Scopes>");
        Write(lib, "specs/crm/crm.deal.get.yaml", "method: crm.deal.get\nparams:\n  - { name: id, type: integer, required: true }\n  - name: select\n    type: string[]\n");
        Write(lib, "Use.cs", """
            namespace CrmOnly;

            public static class Use
            {
                public static object Crm(Bitrix24.Generated.IBitrix24Api api) => api.Crm.Activity.Binding;

                public static object Own(Generated.IBitrix24Api api) => api.Crm.Deal.GetAsync(new Generated.Crm.DealGetRequest { Id = 1, Select = ["TITLE"] });
            }
            """);

        var (exitCode, output) = await Dotnet(lib, "build");
        Assert.True(exitCode == 0, output);

        Write(lib, "Other.cs", "namespace CrmOnly;\n\npublic static class Other\n{\n    public static object Tasks(Bitrix24.Generated.IBitrix24Api api) => api.Tasks;\n}\n");
        (exitCode, output) = await Dotnet(lib, "build");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("'IBitrix24Api' does not contain a definition for 'Tasks'", output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // The client is generated into <RootNamespace>.Generated by default.
    private static string Caller(string project, string assignment) => $$"""
        namespace {{project}};

        public static class Use
        {
            public static object Call(Generated.IBitrix24Api api)
                => api.Custom.Widget.GetAsync(new Generated.Custom.WidgetGetRequest { {{assignment}} });
        }
        """;

    private async Task<string> New(string template, string name, params string[] packages)
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="bitrix24-local" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        var (exitCode, output) = await Dotnet(_root, "new", template, "-o", name, "-n", name);
        Assert.True(exitCode == 0, output);
        var project = Path.Combine(_root, name);
        SetProperties(project, name, "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        foreach (var package in packages)
        {
            (exitCode, output) = await Dotnet(project, "add", "package", package, "--version", feed.Version);
            Assert.True(exitCode == 0, output);
        }

        return project;
    }

    private static void SetProperties(string project, string name, string properties)
    {
        var path = Path.Combine(project, name + ".csproj");
        File.WriteAllText(path, File.ReadAllText(path).Replace("</PropertyGroup>", properties + "\n  </PropertyGroup>", StringComparison.Ordinal));
    }

    private static void Write(string project, string relative, string text)
    {
        var path = Path.Combine(project, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string AssemblyText(string project, string name)
    {
        var dll = Directory.GetFiles(Path.Combine(project, "bin"), name + ".dll", SearchOption.AllDirectories);
        return System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Assert.Single(dll)));
    }

    private static Task<(int ExitCode, string Output)> Dotnet(string directory, params string[] arguments)
        => ProcessRunner.RunAsync("dotnet", arguments, directory, TimeSpan.FromMinutes(5), new Dictionary<string, string?> { ["DOTNET_NOLOGO"] = "1" });
}
