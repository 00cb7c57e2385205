import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defaultConfig, resolveHouseStyle, UnknownPresetError, ALL_RULES, type CheckConfig, type HouseStyleFiles, type HouseStyleProblem, type ResolvedHouseStyle } from '../core';
import { UsageError, type ParsedArgs } from './args';
import { InputError } from './io';

/** Node's file system for the house-style lookup: a missing or unreadable file is simply absent. */
export const nodeFiles: HouseStyleFiles = {
  readFile(path) {
    try {
      if (!statSync(path).isFile()) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

/** Per run (one ParsedArgs): house styles by folder, and the warnings already printed. */
const runs = new WeakMap<ParsedArgs, { cache: Map<string, ResolvedHouseStyle>; reported: Set<string> }>();

/**
 * The configuration a CLI run checks with: `--profile NAME` (a built-in house style), `--config FILE`
 * (a house-style file), or else the nearest `.casereport.json`/`.yaml` above the file, or `magazine`.
 * Errors in a house-style file stop the run (exit 2); warnings go to `warn` once per file.
 */
export function configFor(file: string, args: ParsedArgs, warn: (line: string) => void = () => undefined): CheckConfig {
  const profile = args.options.get('--profile');
  const config = args.options.get('--config');
  if (profile === true || config === true) throw new UsageError('--profile and --config need a value');
  if (profile !== undefined && config !== undefined) throw new UsageError('use either --profile or --config, not both');
  if (config !== undefined && nodeFiles.readFile(resolve(config)) === undefined) throw new InputError(`${config}: no such house-style file`);
  let run = runs.get(args);
  if (!run) runs.set(args, (run = { cache: new Map(), reported: new Set() }));
  const { cache, reported } = run;
  const key = profile !== undefined ? `profile:${profile}` : config !== undefined ? `config:${resolve(config)}` : `dir:${dirname(resolve(file))}`;
  let resolved = cache.get(key);
  if (!resolved) {
    try {
      resolved = resolveHouseStyle({
        profile,
        configFile: config !== undefined ? resolve(config) : undefined,
        documentPath: resolve(file),
        files: nodeFiles,
        knownRules: ALL_RULES.map((rule) => rule.code),
      });
    } catch (error) {
      if (error instanceof UnknownPresetError) throw new UsageError(`--profile: ${error.message}`);
      throw error;
    }
    cache.set(key, resolved);
  }
  const errors = resolved.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new InputError(errors.map(describe).join('\n'));
  for (const problem of resolved.problems) {
    const line = describe(problem);
    if (!reported.has(line)) {
      reported.add(line);
      warn(`${line}\n`);
    }
  }
  return defaultConfig({ houseStyle: resolved.style });
}

function describe(problem: HouseStyleProblem): string {
  return `${relative(process.cwd(), problem.file) || problem.file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.severity}: ${problem.message}`;
}
