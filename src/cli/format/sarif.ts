import { ALL_RULES, ruleDocsUrl, type Severity } from '../../core';
import { isAbsolute, relative } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FileFindings } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, as GitHub code scanning accepts it: one run, every rule described, file URIs relative. */
export function formatSarif(results: FileFindings[], version: string): string {
  const index = new Map(ALL_RULES.map((rule, i) => [rule.code, i]));
  // Typed against the SARIF 2.1.0 object model (@types/sarif), so a wrong shape fails the type check.
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'casereport',
            fullName: 'Case Report Writer',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/casereport/casereport',
            rules: ALL_RULES.map((rule): ReportingDescriptor => ({
              id: rule.code,
              name: rule.code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              helpUri: ruleDocsUrl(rule.code),
              help: { text: `${rule.description} See ${ruleDocsUrl(rule.code)}` },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, findings }) =>
          findings.map((f): Result => ({
            ruleId: f.code,
            ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(file),
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/**
 * A file inside the working folder (as in CI, named relative or absolute) is given relative to
 * %SRCROOT%, which code scanning maps to the repository; a path outside it becomes a `file:` URI.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const inside = relative(process.cwd(), file);
  const underCwd = isAbsolute(file) && inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  const slashed = (underCwd ? inside : file).replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed);
  if (!absolute) return { uri: encodePath(slashed.replace(/^(?:\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
  return { uri: `file://${slashed.startsWith('/') ? '' : '/'}${encodePath(slashed)}` };
}

function encodePath(path: string): string {
  return path.split('/').map((part) => (/^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part))).join('/');
}
