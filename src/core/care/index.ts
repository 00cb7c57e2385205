export { CARE_ITEMS, type CareItemDefinition } from './items';
export { evaluateCare, type CareEvidence, type CareItemResult, type CareStatus, type CareSubItemResult } from './evaluate';
export { careChecklistMarkdown } from './markdown-table';
