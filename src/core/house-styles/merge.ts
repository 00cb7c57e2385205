import type { HouseStyle, HouseStyleSpec, RequiredSection } from './types';

/** The style `spec` makes of `base`: mappings (article types, limits, export, rules) merge key by key; lists replace. */
export function mergeHouseStyle(base: HouseStyle, spec: HouseStyleSpec, name?: string): HouseStyle {
  const merged: HouseStyle = {
    name: spec.name ?? name ?? base.name,
    categories: spec.categories ? [...spec.categories] : base.categories,
    articleTypes: { ...base.articleTypes },
    referenceHeadings: spec.referenceHeadings ? [...spec.referenceHeadings] : base.referenceHeadings,
    requiredSections: spec.requiredSections ? spec.requiredSections.map(toRequiredSection) : base.requiredSections,
    limits: { ...base.limits, ...definedOnly(spec.limits ?? {}) },
    citationForms: spec.citationForms ? [...spec.citationForms] : base.citationForms,
    rules: { ...base.rules, ...(spec.rules ?? {}) },
    titleMentionsCaseReport: spec.titleMentionsCaseReport ?? base.titleMentionsCaseReport,
    structuredAbstract: spec.structuredAbstract ?? base.structuredAbstract ?? false,
    strictCategories: spec.strictCategories ?? base.strictCategories ?? false,
    micrograms: spec.micrograms ?? base.micrograms ?? 'mcg',
    privacyAllow: spec.privacyAllow ? [...spec.privacyAllow] : base.privacyAllow,
    knownAbbreviations: spec.knownAbbreviations ? [...spec.knownAbbreviations] : base.knownAbbreviations,
    abbreviationList: spec.abbreviationList ?? base.abbreviationList,
    export: { ...base.export, ...definedOnly(spec.export ?? {}) },
  };
  for (const [key, type] of Object.entries(spec.articleTypes ?? {})) {
    merged.articleTypes[key] = { label: type.label ?? merged.articleTypes[key]?.label ?? labelFor(key), titlePrefix: type.titlePrefix };
  }
  return merged;
}

function toRequiredSection(section: string | { name: string; synonyms?: string[] }): RequiredSection {
  return typeof section === 'string' ? { name: section, synonyms: [] } : { name: section.name, synonyms: [...(section.synonyms ?? [])] };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** `image-report` -> "Image report". */
function labelFor(key: string): string {
  const words = key.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
