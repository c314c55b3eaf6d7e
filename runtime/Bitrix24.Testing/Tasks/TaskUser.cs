using System.Globalization;

namespace Bitrix24.Testing.Tasks;

/// <summary>
/// A portal user as a REST 3.0 task's related object (<c>creator</c>, <c>responsible</c>) shows it. The fake keeps
/// no user records, only ids, so the names are made up: the two webhook users have fixed ones, any other user is
/// <c>User &lt;id&gt;</c>.
/// </summary>
/// <param name="Id">The user's id.</param>
/// <param name="Name">The user's full name.</param>
/// <param name="Email">The user's e-mail.</param>
internal sealed record TaskUser(long Id, string Name, string Email)
{
    public static TaskUser Of(long id) => id switch
    {
        1 => new TaskUser(1, "Alice Walker", "alice.walker@example.com"),
        2 => new TaskUser(2, "Bruno Stone", "bruno.stone@example.com"),
        _ => new TaskUser(id, string.Create(CultureInfo.InvariantCulture, $"User {id}"), string.Create(CultureInfo.InvariantCulture, $"user{id}@example.com")),
    };
}
