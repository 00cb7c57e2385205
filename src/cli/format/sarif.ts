import { ALL_RULES } from '../../core/rules';
import { ruleDocsUrl } from '../../core/rule';
import type { Severity } from '../../core/types';
import type { FileFindings } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, as GitHub code scanning accepts it: one run, every rule described, file URIs relative. */
export function formatSarif(results: FileFindings[], version: string): string {
  const index = new Map(ALL_RULES.map((rule, i) => [rule.code, i]));
  const sarif = {
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
            rules: ALL_RULES.map((rule) => ({
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
          findings.map((f) => ({
            ruleId: f.code,
            ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' },
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

function toUri(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}
