// Synthetic, benign test images: coloured gradients and shapes drawn with sharp. Never real content.
import sharp from 'sharp';

export async function syntheticImage(seed: number, width = 320, height = 240, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const channels = 3;
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      pixels[i] = (x * (seed % 7 + 1) + y) & 0xff;
      pixels[i + 1] = ((x ^ y) * (seed % 5 + 2)) & 0xff;
      pixels[i + 2] = (((x - width / 2) ** 2 + (y - height / 2) ** 2) / (seed % 11 + 3)) & 0xff;
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 90 }).toBuffer();
}
