namespace Bitrix24.Testing.Crm;

/// <summary>CRM object type identifiers (<c>entityTypeId</c>) the fake portal stores.</summary>
public static class CrmEntityType
{
    /// <summary>Lead.</summary>
    public const int Lead = 1;

    /// <summary>Deal.</summary>
    public const int Deal = 2;

    /// <summary>Contact.</summary>
    public const int Contact = 3;

    /// <summary>Company.</summary>
    public const int Company = 4;
}
