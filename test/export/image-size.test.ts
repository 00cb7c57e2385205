import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { imageInfo } from '../../src/core/export';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('export: image sizes read from the file header', () => {
  it('reads the PNG figures of the example report', () => {
    const png = readFileSync(resolve(__dirname, '../../examples/images/figure-1-echocardiogram.png'));
    const info = imageInfo(png)!;
    assert.equal(info.type, 'png');
    // The IHDR chunk, read independently.
    assert.deepEqual([info.width, info.height], [png.readUInt32BE(16), png.readUInt32BE(20)]);
  });

  it('reads a JPEG frame header after other segments, a GIF and a BMP (top-down too)', () => {
    // SOI, an APP0 segment of 16 bytes, then SOF0: length 17, precision 8, height 300 (0x012c), width 400 (0x0190).
    const app0 = [0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0)];
    const jpeg = bytes(0xff, 0xd8, ...app0, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    assert.deepEqual(imageInfo(jpeg), { type: 'jpg', width: 400, height: 300 });
    const gif = bytes(...Buffer.from('GIF89a'), 0x20, 0x03, 0x58, 0x02, 0, 0);
    assert.deepEqual(imageInfo(gif), { type: 'gif', width: 800, height: 600 });
    const bmp = new Uint8Array(30);
    bmp.set([0x42, 0x4d]);
    new DataView(bmp.buffer).setInt32(18, 640, true);
    new DataView(bmp.buffer).setInt32(22, -480, true);
    assert.deepEqual(imageInfo(bmp), { type: 'bmp', width: 640, height: 480 });
  });

  it('gives nothing for formats Word does not embed and for broken files', () => {
    assert.equal(imageInfo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')), undefined);
    assert.equal(imageInfo(Buffer.from('RIFF\0\0\0\0WEBPVP8 ')), undefined);
    assert.equal(imageInfo(bytes(0x89, 0x50, 0x4e, 0x47)), undefined, 'a truncated PNG');
    assert.equal(imageInfo(bytes(0xff, 0xd8, 0xff, 0xda, 0, 4, 0, 0, 0, 0, 0, 0)), undefined, 'a JPEG without a frame header');
    assert.equal(imageInfo(new Uint8Array(0)), undefined);
  });
});
