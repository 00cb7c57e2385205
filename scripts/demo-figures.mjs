// Draws the three figure images of the example report (examples/images/*.png) from code, so the
// demo owns every pixel it ships. Deterministic: the same bytes on every run.
// Usage: node scripts/demo-figures.mjs [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './png.mjs';

const outDir = process.argv[2] ?? join(import.meta.dirname, '..', 'examples', 'images');

class Canvas {
  constructor(width, height, [r, g, b]) {
    this.width = width;
    this.height = height;
    this.data = Buffer.alloc(width * height * 3);
    for (let i = 0; i < width * height; i++) this.data.set([r, g, b], i * 3);
  }
  set(x, y, [r, g, b], alpha = 1) {
    x = Math.round(x);
    y = Math.round(y);
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    const d = this.data;
    d[i] = d[i] * (1 - alpha) + r * alpha;
    d[i + 1] = d[i + 1] * (1 - alpha) + g * alpha;
    d[i + 2] = d[i + 2] * (1 - alpha) + b * alpha;
  }
  rect(x0, y0, w, h, color, alpha = 1) {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) this.set(x, y, color, alpha);
  }
  ellipse(cx, cy, rx, ry, color, alpha = 1) {
    for (let y = Math.floor(cy - ry); y <= cy + ry; y++)
      for (let x = Math.floor(cx - rx); x <= cx + rx; x++)
        if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) this.set(x, y, color, alpha);
  }
  line(x0, y0, x1, y1, color, width = 1, dash = 0) {
    const length = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.ceil(length * 2));
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      if (dash && Math.floor((t * length) / dash) % 2 === 1) continue;
      const x = x0 + (x1 - x0) * t;
      const y = y0 + (y1 - y0) * t;
      for (let dy = -width / 2; dy < width / 2; dy++) for (let dx = -width / 2; dx < width / 2; dx++) this.set(x + dx, y + dy, color);
    }
  }
  /** Digits, "x", "m", "g" and a few signs in a 3x5 bitmap font, scaled. */
  text(x, y, string, color, scale = 3) {
    for (const ch of string) {
      const glyph = FONT[ch];
      if (glyph) glyph.forEach((row, gy) => [...row].forEach((bit, gx) => bit === '1' && this.rect(x + gx * scale, y + gy * scale, scale, scale, color)));
      x += 4 * scale;
    }
  }
  png() {
    return encodePng(this.width, this.height, this.data);
  }
}

const FONT = {
  0: ['111', '101', '101', '101', '111'], 1: ['010', '110', '010', '010', '111'], 2: ['111', '001', '111', '100', '111'],
  3: ['111', '001', '111', '001', '111'], 4: ['101', '101', '111', '001', '001'], 5: ['111', '100', '111', '001', '111'],
  6: ['111', '100', '111', '101', '111'], 7: ['111', '001', '010', '010', '010'], 8: ['111', '101', '111', '101', '111'],
  9: ['111', '101', '111', '001', '111'], m: ['000', '000', '111', '111', '101'], g: ['111', '101', '111', '001', '111'],
  '*': ['000', '101', '010', '101', '000'], '.': ['000', '000', '000', '000', '010'], ' ': ['000', '000', '000', '000', '000'],
};

/** A small deterministic PRNG (mulberry32), so the speckle is the same on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Figure 1: a subcostal echocardiographic sector with a dark pericardial effusion around the heart. */
function echocardiogram() {
  const c = new Canvas(640, 420, [8, 8, 10]);
  const rand = random(1);
  const apex = [320, 24];
  for (let y = 24; y < 410; y++)
    for (let x = 0; x < 640; x++) {
      const angle = Math.atan2(x - apex[0], y - apex[1]);
      const r = Math.hypot(x - apex[0], y - apex[1]);
      if (Math.abs(angle) > 0.78 || r > 390) continue;
      // Tissue: speckled grey; effusion: an anechoic (black) ring; myocardium: brighter band.
      const dx = (x - 330) / 170;
      const dy = (y - 250) / 115;
      const d = Math.hypot(dx, dy);
      let level = 70 + rand() * 60;
      if (d < 1.0) level = 6 + rand() * 10; // effusion
      if (d < 0.72) level = 120 + rand() * 70; // myocardium
      if (Math.hypot((x - 300) / 70, (y - 245) / 48) < 1) level = 18 + rand() * 18; // left ventricular cavity
      if (Math.hypot((x - 395) / 46, (y - 215) / 26) < 1) level = 18 + rand() * 18; // compressed right ventricle
      if (y < 70) level *= 0.6;
      c.set(x, y, [level, level, level * 1.04]);
    }
  c.text(470, 330, '*', [240, 240, 240], 5);
  c.line(480, 140, 430, 195, [245, 220, 60], 3); // arrow to the right ventricular free wall
  c.line(430, 195, 446, 190, [245, 220, 60], 3);
  c.line(430, 195, 434, 179, [245, 220, 60], 3);
  c.rect(600, 40, 4, 300, [90, 90, 90]); // depth scale
  for (let i = 0; i <= 6; i++) c.rect(594, 40 + i * 50, 10, 2, [160, 160, 160]);
  return c;
}

/** Figure 2: H&E-like skin biopsy: a dermal vessel ringed by eosinophils and neutrophil debris. */
function skinBiopsy() {
  const c = new Canvas(640, 420, [238, 196, 214]);
  const rand = random(2);
  for (let i = 0; i < 900; i++) c.ellipse(rand() * 640, rand() * 420, 6 + rand() * 30, 1 + rand() * 3, [226, 160, 190], 0.35); // collagen
  c.ellipse(320, 210, 120, 84, [214, 120, 160]); // vessel wall, fibrinoid change
  c.ellipse(320, 210, 78, 50, [250, 236, 240]); // lumen
  for (let i = 0; i < 12; i++) c.ellipse(300 + rand() * 40, 195 + rand() * 30, 5, 5, [205, 60, 80]); // red cells
  for (let i = 0; i < 260; i++) {
    const angle = rand() * Math.PI * 2;
    const r = 1.0 + rand() * 0.9;
    const x = 320 + Math.cos(angle) * 120 * r;
    const y = 210 + Math.sin(angle) * 84 * r;
    if (rand() < 0.6) {
      c.ellipse(x, y, 8, 7, [232, 92, 82]); // eosinophil: orange-red granular cytoplasm
      c.ellipse(x - 3, y, 3, 3.5, [88, 40, 130]); // bilobed nucleus
      c.ellipse(x + 3, y, 3, 3.5, [88, 40, 130]);
    } else {
      c.ellipse(x, y, 2 + rand() * 2, 2 + rand() * 2, [70, 30, 110]); // nuclear dust
    }
  }
  for (let i = 0; i < 120; i++) c.ellipse(rand() * 640, rand() * 420, 4, 3, [110, 60, 150], 0.8); // fibroblasts
  return c;
}

/** Figure 3: eosinophil counts (bars) and prednisone dose (line), months 0 to 18, mepolizumab at month 8. */
function timeline() {
  const c = new Canvas(640, 420, [255, 255, 255]);
  const left = 70, right = 590, top = 30, bottom = 360;
  const x = (month) => left + ((right - left) * month) / 18;
  const months = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18];
  const eosinophils = [6.8, 0.9, 0.4, 0.3, 0.3, 0.2, 0.3, 1.4, 0.1, 0.05, 0.05, 0.04]; // x 10^9/L
  const prednisone = [60, 60, 40, 30, 20, 15, 12.5, 12.5, 10, 7.5, 5, 4]; // mg/day
  for (let v = 0; v <= 7; v++) c.line(left, bottom - (v / 7) * (bottom - top), right, bottom - (v / 7) * (bottom - top), [230, 230, 230]);
  months.forEach((month, i) => c.rect(x(month) - 9, bottom - (eosinophils[i] / 7) * (bottom - top), 18, (eosinophils[i] / 7) * (bottom - top), [96, 139, 196]));
  for (let i = 1; i < months.length; i++)
    c.line(x(months[i - 1]), bottom - (prednisone[i - 1] / 70) * (bottom - top), x(months[i]), bottom - (prednisone[i] / 70) * (bottom - top), [196, 70, 60], 3);
  months.forEach((month, i) => c.ellipse(x(month), bottom - (prednisone[i] / 70) * (bottom - top), 5, 5, [196, 70, 60]));
  c.line(x(8), top, x(8), bottom, [40, 40, 40], 2, 8); // mepolizumab started
  c.line(left, top, left, bottom, [20, 20, 20], 2);
  c.line(right, top, right, bottom, [20, 20, 20], 2);
  c.line(left, bottom, right, bottom, [20, 20, 20], 2);
  for (const month of [0, 3, 6, 9, 12, 15, 18]) {
    c.line(x(month), bottom, x(month), bottom + 8, [20, 20, 20], 2);
    c.text(x(month) - (month >= 10 ? 11 : 5), bottom + 16, String(month), [20, 20, 20]);
  }
  for (let v = 0; v <= 7; v++) c.text(left - 22, bottom - (v / 7) * (bottom - top) - 7, String(v), [96, 139, 196]);
  for (let v = 0; v <= 70; v += 10) c.text(right + 10, bottom - (v / 70) * (bottom - top) - 7, String(v), [196, 70, 60]);
  c.text(right - 30, bottom + 40, 'm', [20, 20, 20]);
  c.text(right + 10, top - 24, 'mg', [196, 70, 60]);
  return c;
}

mkdirSync(outDir, { recursive: true });
for (const [name, draw] of [
  ['figure-1-echocardiogram.png', echocardiogram],
  ['figure-2-skin-biopsy.png', skinBiopsy],
  ['figure-3-timeline.png', timeline],
]) {
  writeFileSync(join(outDir, name), draw().png());
  console.log(`wrote ${join(outDir, name)}`);
}
