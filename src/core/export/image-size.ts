/** An image file's format and size in pixels, read from its header (no decoding). */
export interface ImageInfo {
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  width: number;
  height: number;
}

/**
 * The format and pixel size of a PNG, JPEG, GIF or BMP file (the raster formats a Word document
 * embeds); undefined for anything else (SVG, WebP, AVIF, a truncated or corrupt file).
 */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  const info = png(bytes) ?? jpeg(bytes) ?? gif(bytes) ?? bmp(bytes);
  return info && info.width > 0 && info.height > 0 ? info : undefined;
}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]);
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const i32le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);

function png(b: Uint8Array): ImageInfo | undefined {
  // Signature, then the IHDR chunk: length, "IHDR", width, height.
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || signature.some((byte, i) => b[i] !== byte)) return undefined;
  if (String.fromCharCode(b[12], b[13], b[14], b[15]) !== 'IHDR') return undefined;
  return { type: 'png', width: u32be(b, 16), height: u32be(b, 20) };
}

function jpeg(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Start of frame (SOF0-SOF15, except DHT C4, JPG C8 and DAC CC): precision, height, width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', width: u16be(b, i + 7), height: u16be(b, i + 5) };
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, or scan data before any frame
    i += 2 + u16be(b, i + 2);
  }
  return undefined;
}

function gif(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 10 || String.fromCharCode(b[0], b[1], b[2], b[3]) !== 'GIF8') return undefined;
  return { type: 'gif', width: u16le(b, 6), height: u16le(b, 8) };
}

function bmp(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 26 || b[0] !== 0x42 || b[1] !== 0x4d) return undefined;
  // BITMAPINFOHEADER: width and height are signed (a negative height is a top-down bitmap).
  return { type: 'bmp', width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) };
}
