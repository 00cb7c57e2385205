import { FLOAT_NAME, type FloatKind } from '../../figures';
import type { Rule } from '../../rule';
import { floatsOf } from '../../float-index';

function captionRule(kind: FloatKind): Rule {
  const label = FLOAT_NAME[kind];
  return {
    code: `${kind}-caption`,
    defaultSeverity: 'warning',
    description: kind === 'figure' ? 'An image has no "Figure N." label in its alt text, or its caption is empty.' : 'A table has no "Table N." caption paragraph directly above it, or its caption is empty.',
    run({ model, report }) {
      for (const float of floatsOf(model, kind)) {
        if (float.number === undefined) {
          const message = kind === 'figure'
            ? 'This image has no label: start its alt text with "Figure N." and a caption'
            : 'This table has no caption: put a paragraph starting "Table N." directly above it';
          report({ start: float.start, end: float.end, message });
        } else if (float.caption === '') {
          report({ start: float.start, end: float.end, message: `${label} ${float.number} has an empty caption; describe it after "${float.label}"` });
        }
      }
    },
  };
}

export const figureCaption = captionRule('figure');
export const tableCaption = captionRule('table');
