namespace JanitorVideo.Render.Audio;

/// <summary>Which code plays each instrument, and how long it sounds after its note ends.</summary>
internal static class Voices
{
    public static void Render(Instrument instrument, MixBuffer mix, in ScheduledNote note)
    {
        switch (instrument)
        {
            case Instrument.ElectricPiano: TonalVoices.ElectricPiano(mix, note); break;
            case Instrument.Pad: TonalVoices.Pad(mix, note); break;
            case Instrument.Strings: StringVoices.Strings(mix, note); break;
            case Instrument.LowStrings: StringVoices.LowStrings(mix, note); break;
            case Instrument.Pluck: TonalVoices.Pluck(mix, note); break;
            case Instrument.Bell: TonalVoices.Bell(mix, note); break;
            case Instrument.Bass: BassVoices.Bass(mix, note); break;
            case Instrument.SubBass: BassVoices.SubBass(mix, note); break;
            case Instrument.Kick: DrumVoices.Kick(mix, note); break;
            case Instrument.Snare: DrumVoices.Snare(mix, note); break;
            case Instrument.Clap: DrumVoices.Clap(mix, note); break;
            case Instrument.HiHat: DrumVoices.HiHat(mix, note); break;
            case Instrument.Shaker: DrumVoices.Shaker(mix, note); break;
            case Instrument.Taiko: DrumVoices.Taiko(mix, note); break;
            default: throw new ArgumentOutOfRangeException(nameof(instrument), instrument, null);
        }
    }

    /// <summary>
    /// How long a note can sound, counted from its onset: the held part plus the release for
    /// pitched instruments, the whole hit for drums (which ignore the held length).
    /// </summary>
    public static double SoundingSeconds(Instrument instrument, double heldSeconds) => instrument switch
    {
        Instrument.ElectricPiano => heldSeconds + TonalVoices.ElectricPianoRelease,
        Instrument.Pad => heldSeconds + TonalVoices.PadRelease,
        Instrument.Strings => heldSeconds + StringVoices.StringsRelease,
        Instrument.LowStrings => heldSeconds + StringVoices.LowStringsRelease,
        Instrument.Pluck => heldSeconds + TonalVoices.PluckRelease,
        Instrument.Bell => TonalVoices.BellRing,
        Instrument.Bass => heldSeconds + BassVoices.BassRelease,
        Instrument.SubBass => heldSeconds + BassVoices.SubBassRelease,
        Instrument.Kick => DrumVoices.KickLength,
        Instrument.Snare => DrumVoices.SnareLength,
        Instrument.Clap => DrumVoices.ClapLength,
        Instrument.HiHat => DrumVoices.HiHatLength,
        Instrument.Shaker => DrumVoices.ShakerLength,
        Instrument.Taiko => DrumVoices.TaikoLength,
        _ => throw new ArgumentOutOfRangeException(nameof(instrument), instrument, null),
    };
}
