// A report that cites by key from the bibliography fixture (Zotero's Better BibTeX export), for
// the end-to-end tests of citing from a reference library.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LIBRARY = readFileSync(join(__dirname, '..', '..', 'fixtures', 'rules', 'bibliography', 'references.bib'), 'utf8');

/** The report citing [@nigwekar2008] on line 10 and [@second] on line 11 (kalajian2009 is in the library). */
export function keyedReport(second = 'kalajian2009'): string {
  return `---
title: Calciphylaxis in Systemic Lupus Erythematosus
authors:
  - name: Joey Kim
bibliography: references.bib
---

## Introduction

Calciphylaxis is rare outside end-stage renal disease [@nigwekar2008].
It was described in lupus [@${second}].

## Case Presentation

A 45-year-old woman with lupus presented with painful skin ulcers.

## Discussion

Wound care matters most.
`;
}
