using JanitorVideo.Core.Errors;

namespace JanitorVideo.Core.Tests.Errors;

public sealed class ErrorCatalogueTests
{
    [Theory]
    [InlineData(1001, ErrorKind.TokenInvalid, RecoveryAction.Reauthenticate)]
    [InlineData(1002, ErrorKind.SessionNotFound, RecoveryAction.NewSession)]
    [InlineData(2001, ErrorKind.OutOfCredits, RecoveryAction.Report)]
    [InlineData(4001, ErrorKind.UnsupportedFileType, RecoveryAction.Report)]
    [InlineData(4002, ErrorKind.FileTooLarge, RecoveryAction.Report)]
    public void FromApiCode_ReferenceCode_GivesItsRowAndRecovery(int code, ErrorKind kind, RecoveryAction recovery)
    {
        var entry = ErrorCatalogue.FromApiCode(code);
        Assert.NotNull(entry);
        Assert.Equal(kind, entry.Kind);
        Assert.Equal(recovery, entry.Recovery);
    }

    [Theory]
    [InlineData(400, ErrorKind.MissingClientId, RecoveryAction.CreateClientId)]
    [InlineData(402, ErrorKind.ExportBlockedByPlan, RecoveryAction.Report)]
    [InlineData(429, ErrorKind.RateLimited, RecoveryAction.WaitAndRetryOnce)]
    public void FromHttpStatus_ReferenceStatus_GivesItsRowAndRecovery(int status, ErrorKind kind, RecoveryAction recovery)
    {
        var entry = ErrorCatalogue.FromHttpStatus(status);
        Assert.NotNull(entry);
        Assert.Equal(kind, entry.Kind);
        Assert.Equal(recovery, entry.Recovery);
    }

    [Fact]
    public void FromApiCode_Zero_IsSuccess()
    {
        Assert.Null(ErrorCatalogue.FromApiCode(0));
    }

    [Fact]
    public void FromApiCode_UnknownCode_IsUnexpectedNotAnException()
    {
        Assert.Equal(ErrorKind.Unexpected, ErrorCatalogue.FromApiCode(9999)?.Kind);
    }

    [Fact]
    public void FromHttpStatus_OrdinaryStatus_HasNoRow()
    {
        Assert.Null(ErrorCatalogue.FromHttpStatus(200));
        Assert.Null(ErrorCatalogue.FromHttpStatus(500));
    }

    [Fact]
    public void Entries_EveryKind_HasExactlyOneRowWithPlainWords()
    {
        foreach (var kind in Enum.GetValues<ErrorKind>())
        {
            var entry = Assert.Single(ErrorCatalogue.Entries, e => e.Kind == kind);
            var message = ErrorCatalogue.Explain(kind);
            Assert.False(string.IsNullOrWhiteSpace(message));
            Assert.DoesNotContain("{", message);
            Assert.DoesNotContain("Exception", message);
            Assert.EndsWith(".", message);
            Assert.NotEmpty(entry.Meaning);
        }
    }

    [Fact]
    public void Explain_UnsupportedType_ListsTheAcceptedFormats()
    {
        var message = ErrorCatalogue.Explain(ErrorKind.UnsupportedFileType);
        Assert.Contains("JPEG, PNG, GIF, WEBP", message);
        Assert.Contains("MP4, MOV, AVI, WEBM, MKV", message);
    }

    [Fact]
    public void Explain_OutOfCreditsWithLink_GivesTheRegistrationLink()
    {
        var message = ErrorCatalogue.Explain(ErrorKind.OutOfCredits, "https://nemovideo.com/?bind=u_42");
        Assert.Contains("https://nemovideo.com/?bind=u_42", message);
        Assert.Contains("Register", message);
    }

    [Fact]
    public void Explain_OutOfCreditsWithoutLink_SuggestsTopUpAndSaysExportIsFree()
    {
        var message = ErrorCatalogue.Explain(ErrorKind.OutOfCredits);
        Assert.Contains("Top up", message);
        Assert.Contains("exporting stays free", message);
    }

    [Fact]
    public void Explain_PaymentRequired_SaysItIsThePlanNotCredits()
    {
        Assert.Contains("not your credits", ErrorCatalogue.Explain(ErrorKind.ExportBlockedByPlan));
    }
}
