using JanitorVideo.Core.Translation;

namespace JanitorVideo.Core.Tests.Translation;

public sealed class GuiTranslatorTests
{
    [Theory]
    [InlineData("Click the Export button.", FollowUpKind.Export, "Export")]
    [InlineData("Hit Download when you're happy!", FollowUpKind.Export, "Download")]
    [InlineData("Use the Export button at the top right.", FollowUpKind.Export, "Export")]
    [InlineData("When you're ready, click Export.", FollowUpKind.Export, "Export")]
    [InlineData("点击导出按钮。", FollowUpKind.Export, "导出")]
    [InlineData("单击“下载”。", FollowUpKind.Export, "下载")]
    [InlineData("Click 'Apply'.", FollowUpKind.PerformAction, "Apply")]
    [InlineData("Tap **Preview** to watch it.", FollowUpKind.PerformAction, "Preview")]
    [InlineData("Press the Add Music button.", FollowUpKind.PerformAction, "Add Music")]
    [InlineData("点击「应用」按钮保存更改。", FollowUpKind.PerformAction, "应用")]
    [InlineData("点击应用即可。", FollowUpKind.PerformAction, "应用")]
    [InlineData("Open the Music panel.", FollowUpKind.ShowState, "Music")]
    [InlineData("Go to the Effects tab.", FollowUpKind.ShowState, "Effects")]
    [InlineData("To add music, open the Music panel.", FollowUpKind.ShowState, "Music")]
    [InlineData("打开音乐面板。", FollowUpKind.ShowState, "音乐")]
    [InlineData("Drag the title to 5s.", FollowUpKind.SendEdit, "move the title to 5s")]
    [InlineData("Drag and drop the clip to the start.", FollowUpKind.SendEdit, "move the clip to the start")]
    [InlineData("你可以把标题拖到5秒处。", FollowUpKind.SendEdit, "把标题移到5秒处")]
    [InlineData("拖动标题到开头。", FollowUpKind.SendEdit, "移动标题到开头")]
    [InlineData("Preview it in the timeline.", FollowUpKind.ShowTimeline, "Preview it in the timeline")]
    [InlineData("你可以在时间线上预览效果。", FollowUpKind.ShowTimeline, "在时间线上预览")]
    [InlineData("Check your account page for remaining credits.", FollowUpKind.ShowCredits, "account")]
    [InlineData("Check the billing page.", FollowUpKind.ShowCredits, "billing")]
    [InlineData("请前往账户页面充值。", FollowUpKind.ShowCredits, "账户")]
    public void Translate_OnlyGuiInstruction_RemovesSentenceAndReturnsFollowUp(string agentText, FollowUpKind kind, string detail)
    {
        var reply = GuiTranslator.Translate(agentText);

        Assert.Equal("", reply.Text);
        Assert.Equal([new FollowUp(kind, detail)], reply.FollowUps);
    }

    [Theory]
    [InlineData("I added the title 'Urban Dreams' — click Export when ready.", "I added the title 'Urban Dreams'.")]
    [InlineData("我已经为你添加了标题“城市之梦”，点击导出即可下载。", "我已经为你添加了标题“城市之梦”。")]
    [InlineData("I've added lo-fi BGM at 35%, and you can preview it in the timeline or click Export to download.", "I've added lo-fi BGM at 35%.")]
    [InlineData("Your clip is ready! Check your account page for remaining credits.", "Your clip is ready!")]
    [InlineData("Title set to 'Neon Nights'; drag it to 2s if you want it later!", "Title set to 'Neon Nights'!")]
    [InlineData("你的视频已经生成好了！点击右上角的「导出」按钮即可下载。也可以在时间线上预览。", "你的视频已经生成好了！")]
    public void Translate_ContentWithGuiTail_KeepsContent(string agentText, string expected)
    {
        Assert.Equal(expected, GuiTranslator.Translate(agentText).Text);
    }

    [Theory]
    [InlineData("The character now blinks and sways gently (v2.0 motion, 1.5s loop). Enjoy!")]
    [InlineData("Export is free and takes about a minute. Once exported, the MP4 will be 1080p.")]
    [InlineData("A click sound plays when the door opens, and the music drops at 5s.")]
    [InlineData("Add a drop shadow to the title? Let me know if you'd like changes!")]
    [InlineData("Timeline (3 tracks):\r\n1. Video: city timelapse (0-10s)\r\n2. BGM: Lo-fi (0-10s, 35%)\r\n3. Title: \"Urban Dreams\" (0-3s)\r\n")]
    [InlineData("  **Done.**  Title: 'Paradise Found' (0–3 s) \n\n\n- e.g. a serif font\n")]
    [InlineData("角色已经动起来了，时长 10 秒，配乐音量 35%。")]
    public void Translate_PureContent_ReturnsTextUnchanged(string agentText)
    {
        var reply = GuiTranslator.Translate(agentText);

        Assert.Equal(agentText, reply.Text);
        Assert.Empty(reply.FollowUps);
    }

    [Fact]
    public void Translate_SeveralInstructions_ReturnsFollowUpsInTextOrder()
    {
        var reply = GuiTranslator.Translate(
            "Go to the Effects tab, then drag the sparkle effect onto the clip. Open the Music panel and click 'Add'. Preview it in the timeline.");

        Assert.Equal(
            [
                new FollowUp(FollowUpKind.ShowState, "Effects"),
                new FollowUp(FollowUpKind.SendEdit, "move the sparkle effect onto the clip"),
                new FollowUp(FollowUpKind.ShowState, "Music"),
                new FollowUp(FollowUpKind.PerformAction, "Add"),
                new FollowUp(FollowUpKind.ShowTimeline, "Preview it in the timeline"),
            ],
            reply.FollowUps);
        Assert.Equal("", reply.Text);
    }

    [Fact]
    public void Translate_DecimalInDragTarget_KeepsNumberWhole()
    {
        var reply = GuiTranslator.Translate("Drag the title to 1.5s so it starts later.");

        Assert.Equal([new FollowUp(FollowUpKind.SendEdit, "move the title to 1.5s")], reply.FollowUps);
    }

    [Fact]
    public void Translate_VersionNumberBeforeGuiSentence_DoesNotSplitNumber()
    {
        var reply = GuiTranslator.Translate("Motion set to v2.0 with a 1.5s loop. Click Apply.");

        Assert.Equal("Motion set to v2.0 with a 1.5s loop.", reply.Text);
        Assert.Equal([new FollowUp(FollowUpKind.PerformAction, "Apply")], reply.FollowUps);
    }

    [Fact]
    public void Translate_RepeatedExport_DeduplicatesAcrossWordingsAndLanguages()
    {
        var reply = GuiTranslator.Translate("Click Export. Then click the Export button again. 点击导出。You can also hit Download.");

        Assert.Equal([new FollowUp(FollowUpKind.Export, "Export")], reply.FollowUps);
    }

    [Fact]
    public void Translate_RepeatedClick_DeduplicatesSameLabelOnly()
    {
        var reply = GuiTranslator.Translate("Click Apply. Click Apply, then click Save.");

        Assert.Equal(
            [new FollowUp(FollowUpKind.PerformAction, "Apply"), new FollowUp(FollowUpKind.PerformAction, "Save")],
            reply.FollowUps);
    }

    [Fact]
    public void Translate_MarkdownList_KeepsOtherLinesAsWritten()
    {
        var reply = GuiTranslator.Translate(
            "Done! Here is what changed:\n- Title: \"Paradise Found\" (0–3 s)\n- Click **Export** to render\n- BGM: Lo-fi (35%)\n");

        Assert.Equal("Done! Here is what changed:\n- Title: \"Paradise Found\" (0–3 s)\n- BGM: Lo-fi (35%)\n", reply.Text);
        Assert.Equal([new FollowUp(FollowUpKind.Export, "Export")], reply.FollowUps);
    }

    [Theory]
    [InlineData("Your video is ready.\n\nClick Export to download it.", "Your video is ready.")]
    [InlineData("Title added.\n\nClick Apply.\n\nBGM added.", "Title added.\n\nBGM added.")]
    [InlineData("Click Apply.\n\nTitle added.", "Title added.")]
    [InlineData("Title added.\r\nClick Export to download.\r\n", "Title added.\r\n")]
    public void Translate_GuiOnlyLine_DropsLineWithoutLeavingExtraBlankLines(string agentText, string expected)
    {
        Assert.Equal(expected, GuiTranslator.Translate(agentText).Text);
    }

    [Theory]
    [InlineData("Added the title. I encountered a temporary issue.", "Added the title.")]
    [InlineData("Added BGM. Sorry, I encountered a temporary issue. Please try again.", "Added BGM.")]
    [InlineData("Added BGM.\n\nIt seems I've run into a temporary problem.", "Added BGM.")]
    [InlineData("已添加背景音乐。抱歉，我遇到了临时问题，请稍后再试。", "已添加背景音乐。")]
    [InlineData("- Added BGM\n- Click **Export**\n\nI encountered a temporary issue", "- Added BGM")]
    public void Translate_TrailingTemporaryIssueAfterContent_IsDropped(string agentText, string expected)
    {
        Assert.Equal(expected, GuiTranslator.Translate(agentText).Text);
    }

    [Theory]
    [InlineData("I encountered a temporary issue.")]
    [InlineData("Sorry, I encountered a temporary issue. Please try again.")]
    [InlineData("我遇到了临时问题。")]
    [InlineData("I encountered a temporary issue. Then I added the title anyway.")]
    public void Translate_TemporaryIssueAloneOrNotTrailing_IsKept(string agentText)
    {
        Assert.Equal(agentText, GuiTranslator.Translate(agentText).Text);
    }

    [Fact]
    public void Translate_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => GuiTranslator.Translate(null!));
    }

    [Fact]
    public void GuiPhraseTable_Rows_HaveUniqueNamesAndCoverEveryKind()
    {
        var rows = GuiPhraseTable.Rows;

        Assert.Equal(rows.Count, rows.Select(row => row.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enum.GetValues<FollowUpKind>(), kind => Assert.Contains(rows, row => row.Kind == kind));
    }
}
