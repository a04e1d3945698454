namespace JanitorVideo.Render.Imaging;

/// <summary>4-connected regions of a 0/1 plane: labelling, and filling enclosed holes.</summary>
internal static class ConnectedRegions
{
    /// <summary>A label per pixel (0 for background, 1.. for regions) and each region's size.</summary>
    public static (int[] Labels, List<int> Sizes) Label(byte[] mask, int width, int height)
    {
        var labels = new int[mask.Length];
        var sizes = new List<int> { 0 };
        var stack = new Stack<int>();
        for (var start = 0; start < mask.Length; start++)
        {
            if (mask[start] == 0 || labels[start] != 0)
            {
                continue;
            }
            var label = sizes.Count;
            var size = 0;
            labels[start] = label;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                size++;
                int x = i % width, y = i / width;
                Visit(x > 0, i - 1);
                Visit(x < width - 1, i + 1);
                Visit(y > 0, i - width);
                Visit(y < height - 1, i + width);
            }
            sizes.Add(size);

            void Visit(bool inside, int j)
            {
                if (inside && mask[j] != 0 && labels[j] == 0)
                {
                    labels[j] = label;
                    stack.Push(j);
                }
            }
        }
        return (labels, sizes);
    }

    /// <summary>Sets to 1 every background pixel that cannot reach the picture's border.</summary>
    public static void FillHoles(byte[] mask, int width, int height)
    {
        var outside = new bool[mask.Length];
        var stack = new Stack<int>();
        void Seed(int i)
        {
            if (mask[i] == 0 && !outside[i])
            {
                outside[i] = true;
                stack.Push(i);
            }
        }
        for (var x = 0; x < width; x++)
        {
            Seed(x);
            Seed(((height - 1) * width) + x);
        }
        for (var y = 0; y < height; y++)
        {
            Seed(y * width);
            Seed((y * width) + width - 1);
        }
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            int x = i % width, y = i / width;
            if (x > 0)
            {
                Seed(i - 1);
            }
            if (x < width - 1)
            {
                Seed(i + 1);
            }
            if (y > 0)
            {
                Seed(i - width);
            }
            if (y < height - 1)
            {
                Seed(i + width);
            }
        }
        for (var i = 0; i < mask.Length; i++)
        {
            if (!outside[i])
            {
                mask[i] = 1;
            }
        }
    }
}
