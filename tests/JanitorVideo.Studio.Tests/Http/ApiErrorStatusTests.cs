using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Http;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>The codes a client reads come from the catalogue; the studio's own statuses never take the reference's 400, 402 or 429.</summary>
public sealed class ApiErrorStatusTests
{
    [Theory]
    [InlineData(ErrorKind.TokenInvalid, 1001, 401)]
    [InlineData(ErrorKind.SessionNotFound, 1002, 404)]
    [InlineData(ErrorKind.OutOfCredits, 2001, 403)]
    [InlineData(ErrorKind.UnsupportedFileType, 4001, 415)]
    [InlineData(ErrorKind.FileTooLarge, 4002, 413)]
    [InlineData(ErrorKind.MissingClientId, 400, 400)]
    [InlineData(ErrorKind.ExportBlockedByPlan, 402, 402)]
    [InlineData(ErrorKind.RateLimited, 429, 429)]
    [InlineData(ErrorKind.InvalidInput, 422, 422)]
    [InlineData(ErrorKind.Unexpected, 500, 500)]
    public void CodeAndStatus_ProtocolErrors_MatchTheReference(ErrorKind kind, int code, int status)
    {
        Assert.Equal(code, ApiErrorStatus.Code(kind));
        Assert.Equal(status, ApiErrorStatus.HttpStatus(kind));
    }

    [Fact]
    public void HttpStatus_EveryKind_HasOneAndOnlyReferenceKindsUseTheReferenceStatuses()
    {
        foreach (var kind in Enum.GetValues<ErrorKind>())
        {
            var status = ApiErrorStatus.HttpStatus(kind);
            Assert.InRange(status, 400, 599);
            if (status is 400 or 402 or 429)
            {
                Assert.Equal(ErrorCatalogue.FromHttpStatus(status)!.Kind, kind);
            }
        }
    }
}
