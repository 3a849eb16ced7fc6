#!/usr/bin/env node
/* global process, console */
// Draws the Teams app icons into appPackage/: color.png (192×192, full colour) and outline.png
// (32×32, white on transparent), as the Teams app manifest asks. Deterministic: the same PNG bytes
// every run, so the committed icons can be regenerated and compared.
//
//   node scripts/make-icons.mjs            # writes appPackage/color.png and appPackage/outline.png
//
// The mark is a magnifying glass over a question mark's dot: "ask about your tenant".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACCENT = [0x1f, 0x5f, 0xbf]; // the manifest's accentColor #1F5FBF

/** Coverage (0..1) of the mark at a point in a unit square [0,1]², lens centre and handle. */
function markCoverage(x, y) {
  const cx = 0.42, cy = 0.42, r = 0.24, ring = 0.075;
  const d = Math.hypot(x - cx, y - cy);
  if (Math.abs(d - r) <= ring / 2) return 1;
  // handle: a thick segment from the ring's lower right towards the corner
  const ax = cx + (r + ring / 2) * Math.SQRT1_2, ay = cy + (r + ring / 2) * Math.SQRT1_2;
  const bx = 0.8, by = 0.8, w = 0.1;
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  if (Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w / 2) return 1;
  // the dot inside the lens
  if (Math.hypot(x - cx, y - cy) <= 0.06) return 1;
  return 0;
}

/** Inside a rounded square filling the unit square (corner radius as a share of the side). */
function inRoundedSquare(x, y, radius = 0.18) {
  const qx = Math.max(radius - x, 0, x - (1 - radius));
  const qy = Math.max(radius - y, 0, y - (1 - radius));
  return Math.hypot(qx, qy) <= radius;
}

/** Renders with 4×4 supersampling; `pixel(x, y)` returns [r, g, b, a] for a sample point. */
function render(size, pixel) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = pixel((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

export function colorIcon() {
  return render(192, (x, y) => {
    if (!inRoundedSquare(x, y)) return [0, 0, 0, 0];
    const m = markCoverage((x - 0.14) / 0.72, (y - 0.14) / 0.72);
    return m ? [255, 255, 255, 1] : [...ACCENT, 1];
  });
}

export function outlineIcon() {
  // Teams wants only white and transparent: white where the mark is, fully transparent elsewhere.
  return render(32, (x, y) => (markCoverage((x - 0.04) / 0.92, (y - 0.04) / 0.92) ? [255, 255, 255, 1] : [255, 255, 255, 0]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.writeFileSync(path.join(root, 'appPackage', 'color.png'), colorIcon());
  fs.writeFileSync(path.join(root, 'appPackage', 'outline.png'), outlineIcon());
  console.log('wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32)');
}
