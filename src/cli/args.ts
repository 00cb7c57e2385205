/** A small argument parser: `casereport <command> [options] <files...>`. */
export interface ParsedArgs {
  command?: string;
  files: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

/** Options that take a value; every other `--flag` is a switch. */
const VALUE_OPTIONS = new Set(['--format', '--profile', '--config', '-o', '--out', '--out-dir']);

export function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = { files: [], options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (VALUE_OPTIONS.has(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value`);
        parsed.options.set(name, value);
      } else {
        parsed.options.set(name, true);
      }
    } else if (parsed.command === undefined) {
      parsed.command = arg;
    } else {
      parsed.files.push(arg);
    }
  }
  return parsed;
}

export function only(args: ParsedArgs, allowed: string[]): void {
  for (const name of args.options.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${name} for "${args.command}"`);
  }
}
