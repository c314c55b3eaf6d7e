using Bitrix24.Client.Errors;

namespace Bitrix24.Client.Tests;

/// <summary>A generated method's errors are a table in its enum's order; the runtime maps answers through it.</summary>
public sealed class MethodErrorTableTests
{
    public enum LegacyError
    {
        Code100,
        NotFound,
        IdIsNotDefinedOrInvalid,
        WithoutMessage,
    }

    private static readonly System.Func<Bitrix24ErrorInfo, Bitrix24Exception?> Map = MethodErrorTable.Mapper<LegacyError>(
        ["100", "NOT_FOUND", "", ""],
        [null, null, ["ID is not defined or invalid", "Invalid ID"], null]);

    [Theory]
    [InlineData("100", "anything", LegacyError.Code100)]
    [InlineData("NOT_FOUND", "", LegacyError.NotFound)]
    [InlineData("", "id is not defined or invalid.", LegacyError.IdIsNotDefinedOrInvalid)]
    [InlineData("", "  Invalid ID!", LegacyError.IdIsNotDefinedOrInvalid)]
    [InlineData("", "", LegacyError.WithoutMessage)]
    public void A_documented_error_becomes_its_enum_member(string code, string message, LegacyError expected)
    {
        var exception = Assert.IsType<Bitrix24MethodException<LegacyError>>(Map(Info(code, message)));

        Assert.Equal((expected, code, message), (exception.MethodError, exception.Code, exception.Description));
    }

    [Theory]
    [InlineData("ACCESS_DENIED", "")]
    [InlineData("", "Some other message")]
    [InlineData("not_found", "")]
    public void Any_other_error_is_left_to_the_generic_exception(string code, string message)
        => Assert.Null(Map(Info(code, message)));

    private static Bitrix24ErrorInfo Info(string code, string message) => new("test.legacy.get", code, message, 400, "{}");
}
