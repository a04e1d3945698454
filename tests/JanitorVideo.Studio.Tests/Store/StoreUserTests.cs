using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Tests.Store;

public sealed class StoreUserTests
{
    [Fact]
    public void IssueToken_NewClient_GivesPrefixedTokenAndExpiringUser()
    {
        using var folder = new StoreFolder();

        var issued = folder.Store.IssueToken("client-1", TimeSpan.FromDays(7), 100);

        Assert.Matches("^nmv_usr_[0-9a-f]{32}$", issued.Token);
        Assert.Matches("^u_[0-9a-f]{12}$", issued.User.UserId);
        Assert.Equal("client-1", issued.User.ClientId);
        Assert.Equal(folder.Clock.GetUtcNow() + TimeSpan.FromDays(7), issued.User.ExpiresAt);
    }

    [Fact]
    public void IssueToken_WithCredits_GrantsThemAsAnonymousAllowance()
    {
        using var folder = new StoreFolder();

        var issued = folder.Store.IssueToken("client-1", TimeSpan.FromDays(7), 100);

        Assert.Equal(new LedgerBalance(100, 0), folder.Store.Balance(issued.User.UserId));
        using var connection = folder.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT reason FROM ledger_entries WHERE user_id = $user;";
        command.Parameters.AddWithValue("$user", issued.User.UserId);
        Assert.Equal("anonymous allowance", command.ExecuteScalar());
    }

    [Fact]
    public void IssueToken_TwoClients_DifferentTokensAndUsers()
    {
        using var folder = new StoreFolder();

        var first = folder.Store.IssueToken("client-1", TimeSpan.FromDays(7), 0);
        var second = folder.Store.IssueToken("client-2", TimeSpan.FromDays(7), 0);

        Assert.NotEqual(first.Token, second.Token);
        Assert.NotEqual(first.User.UserId, second.User.UserId);
    }

    [Fact]
    public void IssueToken_SameClientAgain_IsTheSameUsersNewTokenWithTheSessionsKeptAndNoSecondAllowance()
    {
        using var folder = new StoreFolder();
        var first = folder.Store.IssueToken("client-1", TimeSpan.FromHours(1), 100);
        var session = folder.Store.CreateSession(first.User.UserId, "en");
        folder.Clock.Advance(TimeSpan.FromMinutes(30));

        var renewed = folder.Store.IssueToken("client-1", TimeSpan.FromHours(1), 100);

        Assert.NotEqual(first.Token, renewed.Token);
        Assert.Equal(first.User.UserId, renewed.User.UserId);
        Assert.Equal(folder.Clock.GetUtcNow() + TimeSpan.FromHours(1), renewed.User.ExpiresAt);
        Assert.Null(folder.Store.FindUserByToken(first.Token));
        Assert.Equal(renewed.User, folder.Store.FindUserByToken(renewed.Token));
        Assert.Equal(new LedgerBalance(100, 0), folder.Store.Balance(renewed.User.UserId));
        Assert.Contains(folder.Store.Sessions(renewed.User.UserId), known => known.SessionId == session.SessionId);
    }

    [Fact]
    public void FindUserByToken_IssuedToken_ReturnsItsUser()
    {
        using var folder = new StoreFolder();
        var issued = folder.Store.IssueToken("client-1", TimeSpan.FromDays(7), 100);

        Assert.Equal(issued.User, folder.Store.FindUserByToken(issued.Token));
    }

    [Fact]
    public void FindUserByToken_ExpiredToken_StillReturnsUserWithExpiry()
    {
        using var folder = new StoreFolder();
        var issued = folder.Store.IssueToken("client-1", TimeSpan.FromHours(1), 0);
        folder.Clock.Advance(TimeSpan.FromHours(2));

        var user = folder.Store.FindUserByToken(issued.Token);

        Assert.NotNull(user);
        Assert.True(user.ExpiresAt < folder.Clock.GetUtcNow());
    }

    [Theory]
    [InlineData("nmv_usr_00000000000000000000000000000000")]
    [InlineData("")]
    public void FindUserByToken_UnknownToken_ReturnsNull(string token)
    {
        using var folder = new StoreFolder();
        folder.Store.IssueToken("client-1", TimeSpan.FromDays(7), 100);

        Assert.Null(folder.Store.FindUserByToken(token));
    }

    [Fact]
    public void IssueToken_Stored_PlainTextAppearsInNoTable()
    {
        using var folder = new StoreFolder();
        var issued = folder.Store.IssueToken("client-1", TimeSpan.FromDays(7), 100);
        var secret = issued.Token["nmv_usr_".Length..];

        var values = AllStoredText(folder);

        Assert.DoesNotContain(values, value => value.Contains(secret, StringComparison.OrdinalIgnoreCase));
        // What is kept instead: the SHA-256, proving the scan read the users table.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(issued.Token)));
        Assert.Contains(hash, values);
    }

    [Fact]
    public void LocalUser_CalledTwice_SameUserThatNeverExpires()
    {
        using var folder = new StoreFolder();

        var first = folder.Store.LocalUser();
        var second = folder.Store.LocalUser();

        Assert.Equal(new StudioUser("local", null, null), first);
        Assert.Equal(first, second);
    }

    private static List<string> AllStoredText(StoreFolder folder)
    {
        using var connection = folder.OpenDatabase();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var values = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\";";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i))
                    {
                        values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    }
                }
            }
        }

        return values;
    }
}
