using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Tests.Store;

public sealed class StoreLedgerTests
{
    [Fact]
    public void Balance_NewUser_Zero()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();

        Assert.Equal(new LedgerBalance(0, 0), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void Post_GrantsAndSpends_AddUp()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();

        folder.Store.Post(user.UserId, 500, "welcome");
        folder.Store.Post(user.UserId, -120, "render", "render_1");
        folder.Store.Post(user.UserId, 30, "refund", "render_1");

        Assert.Equal(new LedgerBalance(410, 0), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void TryReserve_EnoughAvailable_FreezesAmount()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        folder.Store.Post(user.UserId, 100, "welcome");

        Assert.True(folder.Store.TryReserve(user.UserId, 60, "render_1"));

        Assert.Equal(new LedgerBalance(40, 60), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void TryReserve_MoreThanAvailable_FalseAndNothingFrozen()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        folder.Store.Post(user.UserId, 100, "welcome");
        folder.Store.TryReserve(user.UserId, 60, "render_1");

        Assert.False(folder.Store.TryReserve(user.UserId, 41, "render_2"));

        Assert.Equal(new LedgerBalance(40, 60), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void TryReserve_ExactlyAvailable_True()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        folder.Store.Post(user.UserId, 100, "welcome");

        Assert.True(folder.Store.TryReserve(user.UserId, 100, "render_1"));

        Assert.Equal(new LedgerBalance(0, 100), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void TryReserve_DuplicateReference_False()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        folder.Store.Post(user.UserId, 100, "welcome");
        folder.Store.TryReserve(user.UserId, 10, "render_1");

        Assert.False(folder.Store.TryReserve(user.UserId, 10, "render_1"));

        Assert.Equal(new LedgerBalance(90, 10), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void Settle_OpenReservation_BecomesSpend()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        folder.Store.Post(user.UserId, 100, "welcome");
        folder.Store.TryReserve(user.UserId, 60, "render_1");

        folder.Store.Settle("render_1");

        Assert.Equal(new LedgerBalance(40, 0), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void Release_OpenReservation_GivesCreditsBack()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        folder.Store.Post(user.UserId, 100, "welcome");
        folder.Store.TryReserve(user.UserId, 60, "render_1");

        folder.Store.Release("render_1");

        Assert.Equal(new LedgerBalance(100, 0), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void SettleRelease_ClosedOrUnknownReference_ChangeNothing()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        folder.Store.Post(user.UserId, 100, "welcome");
        folder.Store.TryReserve(user.UserId, 30, "render_1");
        folder.Store.TryReserve(user.UserId, 20, "render_2");
        folder.Store.Settle("render_1");
        folder.Store.Release("render_2");

        folder.Store.Settle("render_1");
        folder.Store.Settle("render_2");
        folder.Store.Release("render_1");
        folder.Store.Release("render_missing");
        folder.Store.Settle("render_missing");

        Assert.Equal(new LedgerBalance(70, 0), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void Balance_TwoUsers_KeptApart()
    {
        using var folder = new StoreFolder();
        var local = folder.Store.LocalUser();
        var guest = folder.Store.IssueToken("client-2", TimeSpan.FromDays(1), 50).User;
        folder.Store.Post(local.UserId, 100, "welcome");
        folder.Store.TryReserve(guest.UserId, 20, "render_1");

        Assert.Equal(new LedgerBalance(100, 0), folder.Store.Balance(local.UserId));
        Assert.Equal(new LedgerBalance(30, 20), folder.Store.Balance(guest.UserId));
    }

    [Fact]
    public void LedgerEntries_ChangedBehindTheStore_Refused()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        folder.Store.Post(user.UserId, 100, "welcome");
        using var connection = folder.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE ledger_entries SET amount = 1000000;";

        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQuery());
        Assert.Equal(new LedgerBalance(100, 0), folder.Store.Balance(user.UserId));
    }
}
