using SkiaSharp;

namespace JanitorVideo.Render.Effects;

/// <summary>The look and motion of each particle kind: one row per kind.</summary>
internal static class ParticleProfiles
{
    private static readonly Dictionary<ParticleKind, ParticleProfile> Table = new()
    {
        [ParticleKind.Snow] = new()
        {
            Count = 150, Motion = ParticleMotion.Fall, Sprite = SpriteShape.SoftDisc, Blend = SKBlendMode.SrcOver,
            Diameter = (6, 15), Alpha = (0.6f, 0.95f), Speed = (0.07, 0.13), Slant = 0.06f,
            Sway = (8, 26), SwaySeconds = (2.5, 5), FrontShare = 0.35f,
            Tints = [SKColors.White, new SKColor(0xF2, 0xF7, 0xFF)],
        },
        [ParticleKind.Petals] = new()
        {
            Count = 50, Motion = ParticleMotion.Tumble, Sprite = SpriteShape.Petal, Blend = SKBlendMode.SrcOver,
            Diameter = (20, 34), Alpha = (0.85f, 1f), Speed = (0.08, 0.14), Slant = 0.55f,
            Sway = (10, 30), SwaySeconds = (2.5, 4.5), SpinSeconds = (3, 7), FlipSeconds = (1.2, 2.6), FrontShare = 0.4f,
            Tints = [new SKColor(0xFF, 0xB7, 0xC9), new SKColor(0xFF, 0xC8, 0xD6), new SKColor(0xF9, 0xA8, 0xBE), new SKColor(0xFF, 0xD9, 0xE3)],
        },
        [ParticleKind.Sparkles] = new()
        {
            Count = 50, Motion = ParticleMotion.Twinkle, Sprite = SpriteShape.Star, Blend = SKBlendMode.Plus,
            Diameter = (14, 30), Alpha = (0.8f, 1f), SpinSeconds = (10, 18), TwinkleSeconds = (1.2, 2.8),
            Wander = 4, WanderSeconds = (5, 9), FrontShare = 0.4f,
            Tints = [SKColors.White, new SKColor(0xFF, 0xF3, 0xC4), new SKColor(0xFF, 0xE7, 0xA3)],
        },
        [ParticleKind.Fireflies] = new()
        {
            Count = 40, Motion = ParticleMotion.Wander, Sprite = SpriteShape.Glow, Blend = SKBlendMode.Plus,
            Diameter = (34, 64), Alpha = (0.75f, 1f), TwinkleSeconds = (1.5, 3.5), TwinkleDepth = 0.85f,
            Wander = 70, WanderSeconds = (4, 9), FrontShare = 0.35f,
            Tints = [new SKColor(0xFF, 0xE9, 0x7A), new SKColor(0xE6, 0xFF, 0x7A), new SKColor(0xFF, 0xD4, 0x5C)],
        },
        [ParticleKind.Rain] = new()
        {
            Count = 200, Motion = ParticleMotion.Fall, Sprite = SpriteShape.Streak, Blend = SKBlendMode.SrcOver,
            Diameter = (34, 70), Alpha = (0.3f, 0.55f), Speed = (1.3, 1.9), Slant = 0.2f, FrontShare = 0.35f,
            Tints = [new SKColor(0xD6, 0xE6, 0xFF), new SKColor(0xC6, 0xDA, 0xF5)],
        },
        [ParticleKind.Embers] = new()
        {
            Count = 60, Motion = ParticleMotion.Rise, Sprite = SpriteShape.Glow, Blend = SKBlendMode.Plus,
            Diameter = (16, 32), Alpha = (0.75f, 1f), Speed = (0.06, 0.13), Slant = 0.1f, EitherWay = true,
            Sway = (10, 30), SwaySeconds = (1.5, 3), TwinkleSeconds = (0.25, 0.6), TwinkleDepth = 0.45f, FrontShare = 0.35f,
            Tints = [new SKColor(0xFF, 0x8A, 0x2A), new SKColor(0xFF, 0xB3, 0x47), new SKColor(0xFF, 0x6A, 0x1F), new SKColor(0xFF, 0xC4, 0x6B)],
        },
        [ParticleKind.Dust] = new()
        {
            Count = 90, Motion = ParticleMotion.Wander, Sprite = SpriteShape.SoftDisc, Blend = SKBlendMode.Plus,
            Diameter = (4, 9), Alpha = (0.3f, 0.6f), TwinkleSeconds = (2.5, 6), TwinkleDepth = 0.6f,
            Wander = 55, WanderSeconds = (6, 12), FrontShare = 0.3f,
            Tints = [new SKColor(0xFF, 0xF6, 0xE6), SKColors.White],
        },
    };

    public static ParticleProfile For(ParticleKind kind) => Table[kind];
}
