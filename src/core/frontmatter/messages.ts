import type { ErrorObject } from 'ajv';
import type { YamlPath } from './yaml-nodes';

/** How a value is shown inside a message: `jkim@`, shortened when long. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  text = text.replace(/\s+/g, ' ');
  if (text.length > 60) text = `${text.slice(0, 57)}...`;
  return `\`${text}\``;
}

/** The name of what is at a path, as an author reads it: `email`, "keyword 2", "author 2". */
export function nameOf(path: YamlPath): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const owner = path[path.length - 2];
    const singular: Record<string, string> = { authors: 'author', keywords: 'keyword', tags: 'tag', degrees: 'degree' };
    return `${singular[String(owner)] ?? 'item'} ${last + 1}`;
  }
  return last === undefined ? 'the frontmatter' : `\`${last}\``;
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of keys';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `\`${value}\``;
  return shown(value);
}

const LIST_EXAMPLES: Record<string, string> = {
  keywords: '[calciphylaxis, lupus, case report]',
  tags: '[calciphylaxis, connective tissue disease]',
  degrees: '[MD, MS]',
};

const PATTERN_MESSAGES: Record<string, string> = {
  orcid: 'must be an ORCID iD like 0000-0002-1825-0097',
  issue: 'must be a month and year like May 2018',
};

/** The message for one schema error, in words an author understands (never the validator's). */
export function messageFor(error: ErrorObject, path: YamlPath, value: unknown): string {
  const name = nameOf(path);
  const key = String(path[path.length - 1] ?? '');
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      if (path.length === 0) {
        return missing === 'authors'
          ? 'The frontmatter has no `authors`: add `authors:` with at least one `- name:` entry'
          : `The frontmatter has no \`${missing}\`: add \`${missing}: ...\``;
      }
      return `${capitalize(name)} has no \`${missing}\`: every ${nameOf(path).replace(/ \d+$/, '')} needs one`;
    }
    case 'type': {
      const type = String((error.params as { type: string }).type);
      if (value === null || value === undefined) {
        if (key === 'authors') return '`authors` is empty: add at least one author as `- name: ...` on the next line';
        if (key === 'title' || key === 'name') return `${capitalize(name)} is empty: every case report needs one`;
        return `${capitalize(name)} is empty: write a value or remove the line`;
      }
      if (path.length === 0) return `The frontmatter must be \`key: value\` lines (a YAML mapping), not ${describeType(value)}`;
      if (path[0] === 'authors' && path.length === 2) return `Each author must be a mapping that starts with \`- name:\`, like \`- name: Joey Kim\`; got ${describeType(value)}`;
      if (type === 'array') {
        if (key === 'authors') return '`authors` must be a list of authors, each starting with `- name:`';
        return `${name} must be a list like ${LIST_EXAMPLES[key] ?? '[a, b]'}, got ${describeType(value)}`;
      }
      if (type === 'boolean') return `${name} must be true or false, got ${describeType(value)}`;
      if (type === 'string' && key === 'abstract' && path.length === 1) return `\`abstract\` must be text, or a mapping of labelled parts like \`Background: ...\`, got ${describeType(value)}`;
      if (type === 'string') return `${name} must be text, got ${describeType(value)}${typeof value === 'number' || typeof value === 'boolean' ? ': put it in quotes' : ''}`;
      return `${name} must be ${type}, got ${describeType(value)}`;
    }
    case 'format': {
      const format = String((error.params as { format: string }).format);
      if (format === 'email') return `${name} must be an e-mail address, got ${shown(value)}`;
      if (format === 'date') {
        return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? `${name} must be a real date: ${shown(value)} does not exist`
          : `${name} must be a date like 2018-05-17, got ${shown(value)}`;
      }
      return `${name} is not a valid ${format}, got ${shown(value)}`;
    }
    case 'pattern': {
      if (key === 'orcid' && typeof value === 'string' && /orcid\.org\//i.test(value)) {
        return `${name} ${PATTERN_MESSAGES.orcid}: write the iD without the https://orcid.org/ address`;
      }
      return `${name} ${PATTERN_MESSAGES[key] ?? 'has the wrong form'}, got ${shown(value)}`;
    }
    case 'minItems':
    case 'maxItems': {
      const count = Array.isArray(value) ? value.length : 0;
      if (key === 'keywords') return `\`keywords\` needs 2 to 5 keywords (CARE item 2); found ${count}`;
      if (key === 'authors') return '`authors` needs at least one author';
      const limit = (error.params as { limit: number }).limit;
      return `${name} needs ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${limit} items; found ${count}`;
    }
    case 'minLength':
      return `${capitalize(name)} is empty`;
    case 'additionalProperties':
      return ''; // worded by the caller, which knows the suggestions
    default:
      return `${capitalize(name)} is not valid here`;
  }
}

export function capitalize(text: string): string {
  return text.startsWith('`') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
