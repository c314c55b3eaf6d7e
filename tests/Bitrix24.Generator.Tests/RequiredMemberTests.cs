using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bitrix24.Generator.Tests;

/// <summary>A consumer's code compiled with the generated client: the compiler enforces required parameters (CS9035).</summary>
public sealed class RequiredMemberTests
{
    private const string CompleteCall = """
        using Bitrix24.Generated.Test;
        public static class Consumer
        {
            public static System.Threading.Tasks.Task Call(Bitrix24.Generated.IBitrix24Api api)
                => api.Test.Item.AddAsync(new ItemAddRequest
                {
                    EntityTypeId = ItemAddRequest.EntityTypeIdValues.Deal,
                    Fields = new ItemAddRequest.FieldsObject
                    {
                        Title = "Deal",
                        Stage = ItemAddRequest.FieldsObject.StageValues.Won,
                        Products = [new ItemAddRequest.FieldsObject.ProductsItem { ProductId = 7 }],
                    },
                });
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Complete_call_compiles_without_diagnostics(bool netStandard)
    {
        var result = Run(CompleteCall, netStandard);

        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("EntityTypeId = ItemAddRequest.EntityTypeIdValues.Deal,", "EntityTypeId", false)]
    [InlineData("Title = \"Deal\",", "Title", false)]
    [InlineData("Products = [new ItemAddRequest.FieldsObject.ProductsItem { ProductId = 7 }],", "Products", false)]
    [InlineData("ProductId = 7", "ProductId", false)]
    [InlineData("Title = \"Deal\",", "Title", true)]
    [InlineData("EntityTypeId = ItemAddRequest.EntityTypeIdValues.Deal,", "EntityTypeId", true)]
    public void Omitting_a_required_member_is_CS9035_naming_it(string assignment, string member, bool netStandard)
    {
        var result = Run(CompleteCall.Replace(assignment, string.Empty), netStandard);

        var error = Assert.Single(result.Errors);
        Assert.Equal("CS9035", error.Id);
        Assert.Contains($".{member}'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Deprecated_method_is_a_warning_naming_the_replacement()
    {
        const string call = """
            public static class Consumer
            {
                public static System.Threading.Tasks.Task Call(Bitrix24.Generated.IBitrix24Api api)
                    => api.Test.Legacy.GetAsync(new Bitrix24.Generated.Test.LegacyGetRequest { Id = 1 });
            }
            """;

        var result = GeneratorHarness.Run([GeneratorSnapshotTests.Spec("legacy.yaml", SyntheticSpecs.DeprecatedWithCodes)], [call]);

        var warning = Assert.Single(result.CompilationDiagnostics);
        Assert.Equal(("CS0618", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains("use test.modern.get", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Name = \"Ann\", ", "Name")]
    [InlineData("City = \"Oslo\" ", "City")]
    public void A_missing_required_member_of_an_input_class_is_CS9035(string assignment, string member)
    {
        const string call = """
            using Bitrix24.Generated.Test;
            public static class Consumer
            {
                public static System.Threading.Tasks.Task Call(Bitrix24.Generated.IBitrix24Api api)
                    => api.Test.Contact.AddAsync(new ContactAddRequest { Fields = new ContactInput { Name = "Ann", Address = new AddressInput { City = "Oslo" } } });
            }
            """;
        var specs = new[]
        {
            GeneratorSnapshotTests.Spec("_types/test.contact.yaml", TypeSpecs.Contact), GeneratorSnapshotTests.Spec("_types/test.address.yaml", TypeSpecs.Address),
            GeneratorSnapshotTests.Spec("contact.yaml", TypeSpecs.ContactAdd),
        };

        Assert.Empty(GeneratorHarness.Run(specs, [call]).CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var error = Assert.Single(GeneratorHarness.Run(specs, [call.Replace(assignment, string.Empty, System.StringComparison.Ordinal)]).Errors);
        Assert.Equal("CS9035", error.Id);
        Assert.Contains($"Input.{member}'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    private static GeneratorResult Run(string consumer, bool netStandard)
        => GeneratorHarness.Run(
            [GeneratorSnapshotTests.Spec("item.yaml", SyntheticSpecs.NestedObjects)],
            [consumer],
            netStandard,
            netStandard ? LanguageVersion.CSharp12 : LanguageVersion.Latest);
}
