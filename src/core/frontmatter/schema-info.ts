import schema from '../../../schemas/case-report.schema.json';

/** What the schema says about one frontmatter key: for messages, completion and hovers. */
export interface KeyInfo {
  key: string;
  description: string;
  examples: unknown[];
  required: boolean;
  type: string;
}

interface PropertySchema {
  description?: string;
  examples?: unknown[];
  type?: string;
}

function keysOf(properties: Record<string, PropertySchema>, required: readonly string[]): KeyInfo[] {
  return Object.entries(properties).map(([key, value]) => ({
    key,
    description: value.description ?? '',
    examples: value.examples ?? [],
    required: required.includes(key),
    type: value.type ?? 'string',
  }));
}

/** Top-level keys, in the order of docs/conventions.md (Frontmatter). */
export const FRONTMATTER_KEYS: readonly KeyInfo[] = keysOf(schema.properties as Record<string, PropertySchema>, schema.required);
/** Keys of one entry of `authors`. */
export const AUTHOR_KEYS: readonly KeyInfo[] = keysOf(schema.definitions.author.properties as Record<string, PropertySchema>, schema.definitions.author.required);

/** The keys allowed at a path of the frontmatter: `[]` top level, `['authors', n]` an author. */
export function keysAt(path: readonly (string | number)[]): readonly KeyInfo[] | undefined {
  if (path.length === 0) return FRONTMATTER_KEYS;
  if (path.length === 2 && path[0] === 'authors' && typeof path[1] === 'number') return AUTHOR_KEYS;
  return undefined;
}

/** Degrees authors of case reports commonly hold, for completion. */
export const COMMON_DEGREES: readonly { degree: string; meaning: string }[] = [
  { degree: 'MD', meaning: 'Doctor of Medicine' },
  { degree: 'DO', meaning: 'Doctor of Osteopathic Medicine' },
  { degree: 'MBBS', meaning: 'Bachelor of Medicine, Bachelor of Surgery' },
  { degree: 'MBChB', meaning: 'Bachelor of Medicine, Bachelor of Surgery' },
  { degree: 'PhD', meaning: 'Doctor of Philosophy' },
  { degree: 'MS', meaning: 'Master of Science' },
  { degree: 'MSc', meaning: 'Master of Science' },
  { degree: 'MPH', meaning: 'Master of Public Health' },
  { degree: 'MHS', meaning: 'Master of Health Science' },
  { degree: 'MBA', meaning: 'Master of Business Administration' },
  { degree: 'PharmD', meaning: 'Doctor of Pharmacy' },
  { degree: 'DNP', meaning: 'Doctor of Nursing Practice' },
  { degree: 'RN', meaning: 'Registered Nurse' },
  { degree: 'NP', meaning: 'Nurse Practitioner' },
  { degree: 'PA-C', meaning: 'Physician Assistant, Certified' },
  { degree: 'DDS', meaning: 'Doctor of Dental Surgery' },
  { degree: 'FACP', meaning: 'Fellow of the American College of Physicians' },
  { degree: 'FACR', meaning: 'Fellow of the American College of Rheumatology' },
  { degree: 'FRCP', meaning: 'Fellow of the Royal College of Physicians' },
  { degree: 'FRCPC', meaning: 'Fellow of the Royal College of Physicians of Canada' },
];
