/** Writes the generated reports, and the image files they link to, under bench-results/reports. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateReport, REPORTS, type GeneratedReport } from './generate';

export interface WrittenReport extends GeneratedReport {
  path: string;
}

/** A 1x1 PNG, so that figure files exist as they would in a real project. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export function writeReports(folder: string): WrittenReport[] {
  mkdirSync(folder, { recursive: true });
  return REPORTS.map((spec) => {
    const report = generateReport(spec);
    const path = join(folder, `${spec.name}-${spec.words}.md`);
    writeFileSync(path, report.text);
    for (const image of report.images) {
      mkdirSync(dirname(join(folder, image)), { recursive: true });
      writeFileSync(join(folder, image), PIXEL);
    }
    return { ...report, path };
  });
}
