import { ALL_RULES, messageOf, ruleDocsUrl, type Range, type Severity, type Written } from '../../core';
import { isAbsolute, relative } from 'node:path';
import type { ArtifactLocation, Log, ReportingDescriptor, Result } from 'sarif';
import { eachWritten, placer, type FileFindings } from '../report';
import { inPieces } from './pieces';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one run, every rule described, file URIs
 * relative. The bytes of `JSON.stringify(log, null, 2)`, written result by result in pieces of
 * about 64 KB (a hundred thousand results make a document of a hundred megabytes and more).
 */
export function writeSarif(results: FileFindings[], version: string, write: (text: string) => void): void {
  const out = inPieces(write);
  if (results.every((r) => r.findings.length === 0)) {
    out.end(`${JSON.stringify(sarifLog(version, []), null, 2)}\n`);
    return;
  }
  // The document around a mark in place of its results (the run's last member): the text before
  // the mark's line, each result as JSON.stringify writes it at that depth, the text after the mark.
  const document = JSON.stringify(sarifLog(version, [RESULTS as unknown as Result]), null, 2);
  const mark = JSON.stringify(RESULTS);
  const at = document.lastIndexOf(mark);
  const lineStart = document.lastIndexOf('\n', at) + 1;
  const indent = document.slice(lineStart, at);
  out.add(document.slice(0, lineStart));
  const index = new Map(ALL_RULES.map((rule, i) => [rule.code, i]));
  let separator = '';
  for (const fileResult of results) {
    const text = resultText(artifactLocation(fileResult.file), indent);
    const place = placer(fileResult);
    eachWritten(fileResult, (f) => {
      out.add(separator + text(fieldsOf(f, place.range(f), index)));
      separator = ',\n';
    });
  }
  out.end(`${document.slice(at + mark.length)}\n`);
}

/** Stands for the results in the document written around them (no rule text holds a NUL). */
const RESULTS = '\u0000results';

// Typed against the SARIF 2.1.0 object model (@types/sarif), so a wrong shape fails the type check.
function sarifLog(version: string, results: Result[]): Log {
  return {
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
        results,
      },
    ],
  };
}

/** What a result takes from its finding: the values `result` puts in its place in the shape. */
interface ResultFields {
  ruleId: string;
  ruleIndex: number | undefined;
  level: 'error' | 'warning' | 'note';
  message: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function fieldsOf(f: Written, range: Range, index: Map<string, number>): ResultFields {
  return {
    ruleId: f.code,
    ruleIndex: index.get(f.code),
    level: LEVEL[f.severity],
    message: messageOf(f),
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function result(fields: ResultFields, artifactLocation: ArtifactLocation): Result {
  return {
    ruleId: fields.ruleId,
    ...(fields.ruleIndex === undefined ? {} : { ruleIndex: fields.ruleIndex }),
    level: fields.level,
    message: { text: fields.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: { startLine: fields.startLine, startColumn: fields.startColumn, endLine: fields.endLine, endColumn: fields.endColumn },
        },
      },
    ],
  };
}

/**
 * A file's results as `JSON.stringify(result, null, 2)` writes each of them at the results' depth,
 * without stringifying a result (with its indentation, and the re-indenting of its lines) per
 * finding: for each shape (with or without a rule index) one result whose fields are marks is
 * written once, and each finding's values, each as JSON.stringify writes it, take the marks' places.
 */
function resultText(artifact: ArtifactLocation, indent: string): (fields: ResultFields) => string {
  const shapes: { parts: string[]; keys: (keyof ResultFields)[] }[] = [];
  return (fields) => {
    const shape = (shapes[fields.ruleIndex === undefined ? 0 : 1] ??= template(fields.ruleIndex !== undefined, artifact, indent));
    let text = shape.parts[0];
    for (let i = 0; i < shape.keys.length; i++) text += JSON.stringify(fields[shape.keys[i]]) + shape.parts[i + 1];
    return text;
  };
}

function template(withRuleIndex: boolean, artifact: ArtifactLocation, indent: string): { parts: string[]; keys: (keyof ResultFields)[] } {
  const mark = (key: keyof ResultFields) => `\u0000${key}`;
  const marks = {
    ruleId: mark('ruleId'),
    ruleIndex: withRuleIndex ? mark('ruleIndex') : undefined,
    level: mark('level'),
    message: mark('message'),
    startLine: mark('startLine'),
    startColumn: mark('startColumn'),
    endLine: mark('endLine'),
    endColumn: mark('endColumn'),
  } as unknown as ResultFields;
  const text = indent + JSON.stringify(result(marks, artifact), null, 2).replace(/\n/g, `\n${indent}`);
  // A mark is written "\u0000key"; split with the key captured: text, key, text, key, ..., text.
  const split = text.split(/"\\u0000(\w+)"/);
  return { parts: split.filter((_, i) => i % 2 === 0), keys: split.filter((_, i) => i % 2 === 1) as (keyof ResultFields)[] };
}

/**
 * A file inside the working folder (as in CI, named relative or absolute) is given relative to
 * %SRCROOT%, which code scanning maps to the repository; a path outside it becomes a `file:` URI.
 */
function artifactLocation(file: string): ArtifactLocation {
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
