import { NO_LIBRARY } from './bibliography/library';
import type { CheckConfig } from './config';
import { parseDocument, type DocumentModel } from './model';
import { parseOptions } from './parse-options';
import type { Host, Rule } from './rule';
import { ALL_RULES } from './rules';
import type { Finding, Severity } from './types';

/** The severity a rule runs with: user settings, then the house style, then its default. */
export function effectiveSeverity(rule: Rule, config: CheckConfig): Severity | undefined {
  const setting = config.rules[rule.code] ?? config.houseStyle.rules[rule.code] ?? rule.defaultSeverity;
  return setting === 'off' ? undefined : setting;
}

/** Runs every enabled rule on a parsed document. Findings come sorted by position. */
export function runRules(model: DocumentModel, config: CheckConfig, host: Host, rules: Rule[] = ALL_RULES): Finding[] {
  const findings: Finding[] = [];
  const library = host.library?.(model) ?? NO_LIBRARY;
  const keyed = model.keyCitations.length > 0;
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, config);
    if (!severity || (keyed && rule.handNumbered)) continue;
    rule.run({
      model,
      config,
      host,
      library,
      report: (report) => {
        const start = Math.max(0, Math.min(report.start, model.text.length));
        const end = Math.max(start, Math.min(report.end, model.text.length));
        findings.push({ code: rule.code, severity: milder(severity, report.severity), message: flat(report.message), start, end, range: model.source.rangeOf(start, end), fixes: report.fixes ?? [] });
      },
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

/**
 * The message as one string: a template literal is a chain of partial strings (about twice the
 * memory) until something reads it, and a document can make 100,000 findings. Reading a character
 * joins the chain once, as printing it would later; the partial strings are then garbage.
 */
function flat(message: string): string {
  message.charCodeAt(0);
  return message;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function milder(severity: Severity, requested: Severity | undefined): Severity {
  return requested && RANK[requested] < RANK[severity] ? requested : severity;
}

/** Parses and checks a document in one call. */
export function checkText(text: string, config: CheckConfig, host: Host, path?: string): { model: DocumentModel; findings: Finding[] } {
  const model = parseDocument(text, parseOptions(config), path);
  return { model, findings: runRules(model, config, host) };
}
