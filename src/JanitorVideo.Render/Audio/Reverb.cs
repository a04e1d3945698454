namespace JanitorVideo.Render.Audio;

/// <summary>
/// A small Schroeder-Moorer reverb (after Freeverb: damped combs into all-passes), mono in and
/// stereo out, the right side offset so the room sounds wide. Cheap enough to run on every bed.
/// </summary>
internal sealed class Reverb
{
    private static readonly int[] CombTunings = [1116, 1188, 1277, 1356];
    private static readonly int[] AllPassTunings = [556, 441];
    private const int StereoSpread = 23;
    private const double Damping = 0.3;
    private const double AllPassFeedback = 0.5;

    private readonly Channel _left;
    private readonly Channel _right;

    /// <param name="roomSize">Comb feedback, 0.7 (a room) to 0.9 (a hall).</param>
    public Reverb(int sampleRate, double roomSize)
    {
        var scale = sampleRate / 44100.0;
        _left = new Channel(scale, 0, roomSize);
        _right = new Channel(scale, StereoSpread, roomSize);
    }

    /// <summary>Adds the reverb of <paramref name="send"/> into the stereo pair.</summary>
    public void Process(float[] send, float[] left, float[] right, double wet)
    {
        for (var i = 0; i < send.Length; i++)
        {
            var input = send[i] * 0.1;
            left[i] += (float)(_left.Process(input) * wet);
            right[i] += (float)(_right.Process(input) * wet);
        }
    }

    private sealed class Channel
    {
        private readonly double[][] _combs;
        private readonly double[] _combFilterStore;
        private readonly int[] _combIndex;
        private readonly double[][] _allPasses;
        private readonly int[] _allPassIndex;
        private readonly double _feedback;

        public Channel(double scale, int spread, double feedback)
        {
            _feedback = feedback;
            _combs = [.. CombTunings.Select(n => new double[Math.Max(1, (int)((n + spread) * scale))])];
            _combFilterStore = new double[_combs.Length];
            _combIndex = new int[_combs.Length];
            _allPasses = [.. AllPassTunings.Select(n => new double[Math.Max(1, (int)((n + spread) * scale))])];
            _allPassIndex = new int[_allPasses.Length];
        }

        public double Process(double input)
        {
            var output = 0.0;
            for (var c = 0; c < _combs.Length; c++)
            {
                var buffer = _combs[c];
                var index = _combIndex[c];
                var delayed = buffer[index];
                _combFilterStore[c] = (delayed * (1 - Damping)) + (_combFilterStore[c] * Damping);
                buffer[index] = input + (_combFilterStore[c] * _feedback);
                _combIndex[c] = index + 1 == buffer.Length ? 0 : index + 1;
                output += delayed;
            }

            for (var a = 0; a < _allPasses.Length; a++)
            {
                var buffer = _allPasses[a];
                var index = _allPassIndex[a];
                var delayed = buffer[index];
                buffer[index] = output + (delayed * AllPassFeedback);
                output = delayed - output;
                _allPassIndex[a] = index + 1 == buffer.Length ? 0 : index + 1;
            }

            return output;
        }
    }
}
