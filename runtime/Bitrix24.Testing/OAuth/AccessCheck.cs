namespace Bitrix24.Testing.OAuth;

/// <summary>What an access token is worth right now.</summary>
internal enum AccessCheck
{
    Valid,
    Expired,
    Invalid,
}
